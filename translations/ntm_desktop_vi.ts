<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Ảnh công trình</source>
        <translation>Ảnh công trình</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Kéo thả ảnh vào cửa sổ này để đính kèm.</source>
        <translation>Kéo thả ảnh vào cửa sổ này để đính kèm.</translation>
    </message>
    <message>
        <source>Kéo thả ảnh, tài liệu vào cửa sổ này để đính kèm; nhấp đúp để mở.</source>
        <translation>Kéo thả ảnh, tài liệu vào cửa sổ này để đính kèm; nhấp đúp để mở.</translation>
    </message>
    <message>
        <source>Thêm &amp;ảnh…</source>
        <translation>Thêm &amp;ảnh…</translation>
    </message>
    <message>
        <source>Thêm &amp;tệp…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Bỏ ảnh</source>
        <translation>&amp;Bỏ ảnh</translation>
    </message>
    <message>
        <source>&amp;Bỏ tệp</source>
        <translation>&amp;Bỏ tệp</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở bằng chương trình xem của máy.</source>
        <translation>Nhấp đúp để mở bằng chương trình xem của máy.</translation>
    </message>
    <message>
        <source>Chỉ đính kèm được tệp ảnh (JPG, PNG…).</source>
        <translation>Chỉ đính kèm được tệp ảnh (JPG, PNG…).</translation>
    </message>
    <message>
        <source>Không có tệp nào để đính kèm.</source>
        <translation>Không có tệp nào để đính kèm.</translation>
    </message>
    <message>
        <source>Đang đọc ảnh…</source>
        <translation>Đang đọc ảnh…</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Chọn ảnh công trình</source>
        <translation>Chọn ảnh công trình</translation>
    </message>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Chọn ảnh, tài liệu cần đính kèm</source>
        <translation>Chọn ảnh, tài liệu cần đính kèm</translation>
    </message>
    <message>
        <source>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Đăng ký thẻ khóa của các xã</source>
        <translation>Đăng ký thẻ khóa của các xã</translation>
    </message>
    <message>
        <source>Gọi điện cho từng xã, đọc mã vân tay và chỉ đánh dấu dòng khớp hoàn toàn. Xã đã có khóa đang dùng: chỉ thay khi xã xác nhận đã đổi khóa (đánh dấu cột “Thay khóa cũ”).</source>
        <translation>Gọi điện cho từng xã, đọc mã vân tay và chỉ đánh dấu dòng khớp hoàn toàn. Xã đã có khóa đang dùng: chỉ thay khi xã xác nhận đã đổi khóa (đánh dấu cột “Thay khóa cũ”).</translation>
    </message>
    <message>
        <source>Đã so khớp</source>
        <translation>Đã so khớp</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Mã vân tay</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Thay khóa cũ</source>
        <translation>Thay khóa cũ</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Đăng ký các thẻ đã đánh dấu</source>
        <translation>Đăng ký các thẻ đã đánh dấu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Chưa đánh dấu thẻ nào.</source>
        <translation>Chưa đánh dấu thẻ nào.</translation>
    </message>
    <message>
        <source>Đã đăng ký %1/%2 thẻ.</source>
        <translation>Đã đăng ký %1/%2 thẻ.</translation>
    </message>
</context>
<context>
    <name>CatalogEditorPage</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Nội dung chỉ tiêu</source>
        <translation>Nội dung chỉ tiêu</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Từ năm</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn chung, áp dụng cho mọi xã chưa có mức riêng của vùng/nhóm</source>
        <translation>Mức đạt chuẩn chung, áp dụng cho mọi xã chưa có mức riêng của vùng/nhóm</translation>
    </message>
    <message>
        <source>Áp dụng từ năm đánh giá (trống: mọi năm)</source>
        <translation>Áp dụng từ năm đánh giá (trống: mọi năm)</translation>
    </message>
    <message>
        <source>Tỉnh đã xác nhận mức đạt chuẩn này bằng quyết định</source>
        <translation>Tỉnh đã xác nhận mức đạt chuẩn này bằng quyết định</translation>
    </message>
    <message>
        <source>Nhóm %1</source>
        <translation>Nhóm %1</translation>
    </message>
    <message>
        <source>Căn cứ %1</source>
        <translation>Căn cứ %1</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>ví dụ 15/2026/QĐ-UBND</source>
        <translation>ví dụ 15/2026/QĐ-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>ví dụ UBND tỉnh …</source>
        <translation>ví dụ UBND tỉnh …</translation>
    </message>
    <message>
        <source>tên tỉnh</source>
        <translation>tên tỉnh</translation>
    </message>
    <message>
        <source>mã</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>Căn cứ Quyết định số</source>
        <translation>Căn cứ Quyết định số</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>của</source>
        <translation>của</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Mã tỉnh</source>
        <translation>Mã tỉnh</translation>
    </message>
    <message>
        <source>Mã bộ</source>
        <translation>Mã bộ</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Tên bộ tiêu chí</source>
        <translation>Tên bộ tiêu chí</translation>
    </message>
    <message>
        <source>Bộ tiêu chí quốc gia:</source>
        <translation>Bộ tiêu chí quốc gia:</translation>
    </message>
    <message>
        <source>Tỉnh:</source>
        <translation>Tỉnh:</translation>
    </message>
    <message>
        <source>Mã bộ:</source>
        <translation>Mã bộ:</translation>
    </message>
    <message>
        <source>Phiên bản:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Tên bộ tiêu chí:</source>
        <translation>Tên bộ tiêu chí:</translation>
    </message>
    <message>
        <source>Bảng chỉ tiêu và mức đạt chuẩn</source>
        <translation>Bảng chỉ tiêu và mức đạt chuẩn</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>So với bộ quốc gia</source>
        <translation>So với bộ quốc gia</translation>
    </message>
    <message>
        <source>So với bản trước</source>
        <translation>So với bản trước</translation>
    </message>
    <message>
        <source>So với phiên bản đã ban hành gần nhất</source>
        <translation>So với phiên bản đã ban hành gần nhất</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Tách chỉ tiêu…</source>
        <translation>Tách chỉ tiêu…</translation>
    </message>
    <message>
        <source>Bỏ chỉ tiêu</source>
        <translation>Bỏ chỉ tiêu</translation>
    </message>
    <message>
        <source>Lưu dự thảo</source>
        <translation>Lưu dự thảo</translation>
    </message>
    <message>
        <source>Ban hành…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Chỉ tiêu đang chọn</source>
        <translation>Chỉ tiêu đang chọn</translation>
    </message>
    <message>
        <source>số, nếu khác quyết định chung</source>
        <translation>số, nếu khác quyết định chung</translation>
    </message>
    <message>
        <source>ví dụ Bộ Giáo dục và Đào tạo</source>
        <translation>ví dụ Bộ Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Căn cứ riêng:</source>
        <translation>Căn cứ riêng:</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Căn cứ %1 (quyết định chung của tỉnh)</source>
        <translation>Căn cứ %1 (quyết định chung của tỉnh)</translation>
    </message>
    <message>
        <source>Theo bộ tiêu chí quốc gia</source>
        <translation>Theo bộ tiêu chí quốc gia</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Nhập Excel…</source>
        <translation>Nhập Excel…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Chưa có không gian thẩm định.</source>
        <translation>Chưa có không gian thẩm định.</translation>
    </message>
    <message>
        <source>Đang mở bộ tiêu chí…</source>
        <translation>Đang mở bộ tiêu chí…</translation>
    </message>
    <message>
        <source>“%1” không phải là số.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu</source>
        <translation>%1 chỉ tiêu</translation>
    </message>
    <message>
        <source>đã ban hành phiên bản %1</source>
        <translation>đã ban hành phiên bản %1</translation>
    </message>
    <message>
        <source>chưa lưu</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <source>đã lưu lúc %1</source>
        <translation>đã lưu lúc %1</translation>
    </message>
    <message>
        <source>%1 lỗi</source>
        <translation>%1 lỗi</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Lỗi (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <source>Chưa sửa gì so với bộ quốc gia.</source>
        <translation>Chưa sửa gì so với bộ quốc gia.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí này chưa ban hành lần nào.</source>
        <translation>Bộ tiêu chí này chưa ban hành lần nào.</translation>
    </message>
    <message>
        <source>Không có thay đổi so với bản đã ban hành.</source>
        <translation>Không có thay đổi so với bản đã ban hành.</translation>
    </message>
    <message>
        <source>thêm</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>bỏ</source>
        <translation>bỏ</translation>
    </message>
    <message>
        <source>sửa</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>loại</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>so sánh</source>
        <translation>so sánh</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>từ năm</source>
        <translation>từ năm</translation>
    </message>
    <message>
        <source>xác nhận</source>
        <translation>xác nhận</translation>
    </message>
    <message>
        <source>căn cứ</source>
        <translation>căn cứ</translation>
    </message>
    <message>
        <source>mức chung</source>
        <translation>mức chung</translation>
    </message>
    <message>
        <source>mức %1</source>
        <translation>mức %1</translation>
    </message>
    <message>
        <source>Khôi phục chỉ tiêu</source>
        <translation>Khôi phục chỉ tiêu</translation>
    </message>
    <message>
        <source>Tách chỉ tiêu %1</source>
        <translation>Tách chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Tách thành bao nhiêu chỉ tiêu?</source>
        <translation>Tách thành bao nhiêu chỉ tiêu?</translation>
    </message>
    <message>
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Bảng Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất bảng bộ tiêu chí ra Excel</source>
        <translation>Xuất bảng bộ tiêu chí ra Excel</translation>
    </message>
    <message>
        <source>Đang ghi bảng Excel…</source>
        <translation>Đang ghi bảng Excel…</translation>
    </message>
    <message>
        <source>Đã ghi bảng Excel: %1</source>
        <translation>Đã ghi bảng Excel: %1</translation>
    </message>
    <message>
        <source>Nhập bảng bộ tiêu chí từ Excel</source>
        <translation>Nhập bảng bộ tiêu chí từ Excel</translation>
    </message>
    <message>
        <source>Đang đọc bảng Excel…</source>
        <translation>Đang đọc bảng Excel…</translation>
    </message>
    <message>
        <source>Đã đọc bảng Excel vào bản dự thảo.</source>
        <translation>Đã đọc bảng Excel vào bản dự thảo.</translation>
    </message>
    <message>
        <source>Đang kiểm tra bộ tiêu chí…</source>
        <translation>Đang kiểm tra bộ tiêu chí…</translation>
    </message>
    <message>
        <source>Chưa ban hành được</source>
        <translation>Chưa ban hành được</translation>
    </message>
    <message>
        <source>Bộ tiêu chí còn %1 lỗi. Hãy sửa các ô tô đỏ (danh sách ở thẻ “Lỗi”) rồi ban hành lại.

Lỗi đầu tiên: %2</source>
        <translation>Bộ tiêu chí còn %1 lỗi. Hãy sửa các ô tô đỏ (danh sách ở thẻ “Lỗi”) rồi ban hành lại.

Lỗi đầu tiên: %2</translation>
    </message>
    <message>
        <source>Chọn thư mục ghi gói bộ tiêu chí</source>
        <translation>Chọn thư mục ghi gói bộ tiêu chí</translation>
    </message>
    <message>
        <source>Ban hành bộ tiêu chí</source>
        <translation>Ban hành bộ tiêu chí</translation>
    </message>
    <message>
        <source>Ban hành “%1”, phiên bản %2, căn cứ %3?

%4 chỉ tiêu khác bộ quốc gia. Gói bộ tiêu chí được ký và ghi vào %5; gửi gói này cho các xã (thư điện tử, USB).</source>
        <translation>Ban hành “%1”, phiên bản %2, căn cứ %3?

%4 chỉ tiêu khác bộ quốc gia. Gói bộ tiêu chí được ký và ghi vào %5; gửi gói này cho các xã (thư điện tử, USB).</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Mật khẩu khóa ký</source>
        <translation>Mật khẩu khóa ký</translation>
    </message>
    <message>
        <source>Nhập mật khẩu khóa ký của cơ quan:</source>
        <translation>Nhập mật khẩu khóa ký của cơ quan:</translation>
    </message>
    <message>
        <source>Đang ký và ghi gói bộ tiêu chí…</source>
        <translation>Đang ký và ghi gói bộ tiêu chí…</translation>
    </message>
    <message>
        <source>Đã ban hành phiên bản %1: %2</source>
        <translation>Đã ban hành phiên bản %1: %2</translation>
    </message>
    <message>
        <source>Đã ban hành phiên bản %1 (gói số %2) vào %3. Gửi gói này cho các xã.</source>
        <translation>Đã ban hành phiên bản %1 (gói số %2) vào %3. Gửi gói này cho các xã.</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <source>Cột hiển thị</source>
        <translation>Cột hiển thị</translation>
    </message>
</context>
<context>
    <name>CommunesModel</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Trước 7/2025</source>
        <translation>Trước 7/2025</translation>
    </message>
    <message>
        <source>Tiêu chí đạt</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <source>Gói cuối</source>
        <translation>Gói cuối</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Chưa thẩm định</source>
        <translation>Chưa thẩm định</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>nguy cơ thu hồi</source>
        <translation>nguy cơ thu hồi</translation>
    </message>
    <message>
        <source>có tiêu chí không còn đạt</source>
        <translation>có tiêu chí không còn đạt</translation>
    </message>
    <message>
        <source>Theo kết quả thẩm định</source>
        <translation>Theo kết quả thẩm định</translation>
    </message>
    <message>
        <source>Theo tự đánh giá của xã (chưa thẩm định)</source>
        <translation>Theo tự đánh giá của xã (chưa thẩm định)</translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <source>Các xã</source>
        <translation>Các xã</translation>
    </message>
    <message>
        <source>Năm đánh giá:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <source>Tìm theo mã, tên xã, xã hoặc huyện cũ (gõ không dấu cũng được)</source>
        <translation>Tìm theo mã, tên xã, xã hoặc huyện cũ (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Thẩm định xã này</source>
        <translation>Thẩm định xã này</translation>
    </message>
    <message>
        <source>Đang đọc kết quả các xã…</source>
        <translation>Đang đọc kết quả các xã…</translation>
    </message>
    <message>
        <source>Hiện %1/%2 xã; đã phê duyệt %3.</source>
        <translation>Hiện %1/%2 xã; đã phê duyệt %3.</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Nhập nhanh (chỉ dùng bàn phím)</source>
        <translation>Nhập nhanh (chỉ dùng bàn phím)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sổ đóng góp&lt;/b&gt;  Lọc:</source>
        <translation>&lt;b&gt;Sổ đóng góp&lt;/b&gt;  Lọc:</translation>
    </message>
    <message>
        <source>Lọc theo hình thức</source>
        <translation>Lọc theo hình thức</translation>
    </message>
    <message>
        <source>Lọc theo thôn</source>
        <translation>Lọc theo thôn</translation>
    </message>
    <message>
        <source>Lọc theo dự án</source>
        <translation>Lọc theo dự án</translation>
    </message>
    <message>
        <source>Tìm trong sổ đóng góp</source>
        <translation>Tìm trong sổ đóng góp</translation>
    </message>
    <message>
        <source>Tìm người đóng góp, số biên nhận (không cần dấu)</source>
        <translation>Tìm người đóng góp, số biên nhận (không cần dấu)</translation>
    </message>
    <message>
        <source>Sổ đóng góp</source>
        <translation>Sổ đóng góp</translation>
    </message>
    <message>
        <source>Theo hình thức</source>
        <translation>Theo hình thức</translation>
    </message>
    <message>
        <source>Theo thôn</source>
        <translation>Theo thôn</translation>
    </message>
    <message>
        <source>Theo dự án</source>
        <translation>Theo dự án</translation>
    </message>
    <message>
        <source>&amp;Sửa khoản đã chọn</source>
        <translation>&amp;Sửa khoản đã chọn</translation>
    </message>
    <message>
        <source>Đưa khoản đang chọn lên ô nhập nhanh để sửa (Enter hoặc nhấp đúp)</source>
        <translation>Đưa khoản đang chọn lên ô nhập nhanh để sửa (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Xóa khoản đã chọn</source>
        <translation>&amp;Xóa khoản đã chọn</translation>
    </message>
    <message>
        <source>Xóa khoản đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Xóa khoản đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <source>Xuất sổ đóng góp (theo bộ lọc đang chọn) và bảng tổng hợp ra tệp Excel</source>
        <translation>Xuất sổ đóng góp (theo bộ lọc đang chọn) và bảng tổng hợp ra tệp Excel</translation>
    </message>
    <message>
        <source>Chưa có khoản đóng góp nào. Gõ vào dòng “Nhập nhanh” phía trên; Enter ở ô cuối để ghi khoản.</source>
        <translation>Chưa có khoản đóng góp nào. Gõ vào dòng “Nhập nhanh” phía trên; Enter ở ô cuối để ghi khoản.</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>Số khoản</source>
        <translation>Số khoản</translation>
    </message>
    <message>
        <source>Giá trị (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Mọi thôn</source>
        <translation>Mọi thôn</translation>
    </message>
    <message>
        <source>Mọi dự án</source>
        <translation>Mọi dự án</translation>
    </message>
    <message>
        <source>%1 khoản</source>
        <translation>%1 khoản</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>(không ghi thôn)</source>
        <translation>(không ghi thôn)</translation>
    </message>
    <message>
        <source>(không gắn dự án)</source>
        <translation>(không gắn dự án)</translation>
    </message>
    <message>
        <source>Xóa khoản đóng góp</source>
        <translation>Xóa khoản đóng góp</translation>
    </message>
    <message>
        <source>Xóa khoản đóng góp của %1 ngày %2?</source>
        <translation>Xóa khoản đóng góp của %1 ngày %2?</translation>
    </message>
    <message>
        <source>&amp;Xóa khoản này</source>
        <translation>&amp;Xóa khoản này</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Không xóa</translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa khoản đóng góp của %1</source>
        <translation>Xóa khoản đóng góp của %1</translation>
    </message>
    <message>
        <source>Xuất sổ đóng góp ra Excel</source>
        <translation>Xuất sổ đóng góp ra Excel</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang xuất sổ đóng góp ra Excel…</source>
        <translation>Đang xuất sổ đóng góp ra Excel…</translation>
    </message>
    <message>
        <source>Đã xuất %1 khoản ra %2.</source>
        <translation>Đã xuất %1 khoản ra %2.</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <source>Biểu đồ tình trạng các tiêu chí</source>
        <translation>Biểu đồ tình trạng các tiêu chí</translation>
    </message>
    <message>
        <source>Tỷ lệ chỉ tiêu đạt trong mỗi tiêu chí</source>
        <translation>Tỷ lệ chỉ tiêu đạt trong mỗi tiêu chí</translation>
    </message>
    <message>
        <source>Tiêu chí %1 — %2
%3: %4/%5 chỉ tiêu đạt
Bấm để xem chi tiết</source>
        <translation>Tiêu chí %1 — %2
%3: %4/%5 chỉ tiêu đạt
Bấm để xem chi tiết</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>&lt;b&gt;Các chỉ tiêu và mức đạt chuẩn của bộ tiêu chí này do tỉnh ban hành.&lt;/b&gt; Khi nhận được bộ tiêu chí của tỉnh (gói .ntmpkg hoặc tệp .json), hãy nhập ở trang &lt;a href=&apos;sync&apos;&gt;Đồng bộ&lt;/a&gt; → “Nhập gói…” (hoặc Tệp → “Cài bộ tiêu chí của tỉnh…”). Đến lúc đó, mỗi tiêu chí dưới đây chỉ được tự đánh giá Đạt hoặc Chưa đạt.</source>
        <translation>&lt;b&gt;Các chỉ tiêu và mức đạt chuẩn của bộ tiêu chí này do tỉnh ban hành.&lt;/b&gt; Khi nhận được bộ tiêu chí của tỉnh (gói .ntmpkg hoặc tệp .json), hãy nhập ở trang &lt;a href=&apos;sync&apos;&gt;Đồng bộ&lt;/a&gt; → “Nhập gói…” (hoặc Tệp → “Cài bộ tiêu chí của tỉnh…”). Đến lúc đó, mỗi tiêu chí dưới đây chỉ được tự đánh giá Đạt hoặc Chưa đạt.</translation>
    </message>
    <message>
        <source>Đạt %1/%2 tiêu chí</source>
        <translation>Đạt %1/%2 tiêu chí</translation>
    </message>
    <message>
        <source>Hồ sơ năm %1: %2</source>
        <translation>Hồ sơ năm %1: %2</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Mức đạt chuẩn: %1</translation>
    </message>
    <message>
        <source>Căn cứ %1</source>
        <translation>Căn cứ %1</translation>
    </message>
    <message>
        <source>Đang xem số liệu năm %1</source>
        <translation>Đang xem số liệu năm %1</translation>
    </message>
    <message>
        <source>Sửa giá trị chỉ tiêu %1</source>
        <translation>Sửa giá trị chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Sửa trạng thái chỉ tiêu %1</source>
        <translation>Sửa trạng thái chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Sửa ghi chú chỉ tiêu %1</source>
        <translation>Sửa ghi chú chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Sửa người phụ trách chỉ tiêu %1</source>
        <translation>Sửa người phụ trách chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Sửa thời hạn chỉ tiêu %1</source>
        <translation>Sửa thời hạn chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Chọn ảnh hoặc tài liệu minh chứng</source>
        <translation>Chọn ảnh hoặc tài liệu minh chứng</translation>
    </message>
    <message>
        <source>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf *.doc *.docx *.xls *.xlsx)</source>
        <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf *.doc *.docx *.xls *.xlsx)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đang chuẩn bị tệp %1…</source>
        <translation>Đang chuẩn bị tệp %1…</translation>
    </message>
    <message>
        <source>Thêm minh chứng cho chỉ tiêu %1</source>
        <translation>Thêm minh chứng cho chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Bỏ minh chứng của chỉ tiêu %1</source>
        <translation>Bỏ minh chứng của chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Tìm theo mã hoặc nội dung…</source>
        <translation>Tìm theo mã hoặc nội dung…</translation>
    </message>
    <message>
        <source>Tìm chỉ tiêu</source>
        <translation>Tìm chỉ tiêu</translation>
    </message>
    <message>
        <source>Chỉ hiện chỉ tiêu chưa đạt</source>
        <translation>Chỉ hiện chỉ tiêu chưa đạt</translation>
    </message>
    <message>
        <source>Ẩn các chỉ tiêu đã đạt hoặc không áp dụng</source>
        <translation>Ẩn các chỉ tiêu đã đạt hoặc không áp dụng</translation>
    </message>
    <message>
        <source>Năm đánh giá:</source>
        <translation>Năm đánh giá:</translation>
    </message>
    <message>
        <source>Năm của số liệu tự đánh giá đang xem và sửa</source>
        <translation>Năm của số liệu tự đánh giá đang xem và sửa</translation>
    </message>
    <message>
        <source>Năm đánh giá</source>
        <translation>Năm đánh giá</translation>
    </message>
    <message>
        <source>Cây tiêu chí và chỉ tiêu</source>
        <translation>Cây tiêu chí và chỉ tiêu</translation>
    </message>
    <message>
        <source>Chọn một chỉ tiêu ở danh sách bên trái để xem và cập nhật.</source>
        <translation>Chọn một chỉ tiêu ở danh sách bên trái để xem và cập nhật.</translation>
    </message>
    <message>
        <source>&amp;Giá trị:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>&amp;Tự đánh giá:</source>
        <translation>&amp;Tự đánh giá:</translation>
    </message>
    <message>
        <source>Trạng thái tự đánh giá</source>
        <translation>Trạng thái tự đánh giá</translation>
    </message>
    <message>
        <source>Để “—” nếu muốn chương trình tự tính từ số liệu</source>
        <translation>Để “—” nếu muốn chương trình tự tính từ số liệu</translation>
    </message>
    <message>
        <source>&amp;Người phụ trách:</source>
        <translation>&amp;Người phụ trách:</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>T&amp;hời hạn hoàn thành:</source>
        <translation>T&amp;hời hạn hoàn thành:</translation>
    </message>
    <message>
        <source>— chưa đặt —</source>
        <translation>— chưa đặt —</translation>
    </message>
    <message>
        <source>Thời hạn hoàn thành</source>
        <translation>Thời hạn hoàn thành</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Minh chứng (ảnh, tài liệu)</source>
        <translation>Minh chứng (ảnh, tài liệu)</translation>
    </message>
    <message>
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Thêm tệp…</translation>
    </message>
    <message>
        <source>Đính kèm ảnh hoặc tài liệu làm minh chứng cho chỉ tiêu này</source>
        <translation>Đính kèm ảnh hoặc tài liệu làm minh chứng cho chỉ tiêu này</translation>
    </message>
    <message>
        <source>&amp;Mở</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Mở tệp đang chọn bằng chương trình xem của máy</source>
        <translation>Mở tệp đang chọn bằng chương trình xem của máy</translation>
    </message>
    <message>
        <source>&amp;Bỏ liên kết</source>
        <translation>&amp;Bỏ liên kết</translation>
    </message>
    <message>
        <source>Bỏ tệp đang chọn khỏi minh chứng của chỉ tiêu (tệp vẫn được lưu trong sổ)</source>
        <translation>Bỏ tệp đang chọn khỏi minh chứng của chỉ tiêu (tệp vẫn được lưu trong sổ)</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Đạt yêu cầu</source>
        <translation>Đạt yêu cầu</translation>
    </message>
    <message>
        <source>Không có (= 0)</source>
        <translation>Không có (= 0)</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Khai báo</source>
        <translation>Khai báo</translation>
    </message>
    <message>
        <source>Từ sổ công trình</source>
        <translation>Từ sổ công trình</translation>
    </message>
    <message>
        <source>So với mức</source>
        <translation>So với mức</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng.
Nguồn: %1</source>
        <translation>Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng.
Nguồn: %1</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Mức đạt chuẩn: %1</translation>
    </message>
    <message>
        <source>Căn cứ: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn theo: %1</source>
        <translation>Mức đạt chuẩn theo: %1</translation>
    </message>
    <message>
        <source>⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng.</source>
        <translation>⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng.</translation>
    </message>
    <message>
        <source>Tiêu chí / chỉ tiêu</source>
        <translation>Tiêu chí / chỉ tiêu</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn</source>
        <translation>Mức đạt chuẩn</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>%1/%2 đạt</source>
        <translation>%1/%2 đạt</translation>
    </message>
    <message>
        <source>%1/%2 chỉ tiêu</source>
        <translation>%1/%2 chỉ tiêu</translation>
    </message>
    <message>
        <source>Trạng thái khai báo (%1) khác với kết quả tính từ số liệu (%2).</source>
        <translation>Trạng thái khai báo (%1) khác với kết quả tính từ số liệu (%2).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Ý kiến gửi xã:</source>
        <translation>Ý kiến gửi xã:</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Thư mục lưu gói phản hồi</source>
        <translation>Thư mục lưu gói phản hồi</translation>
    </message>
    <message>
        <source>Lưu gói phản hồi vào:</source>
        <translation>Lưu gói phản hồi vào:</translation>
    </message>
    <message>
        <source>Mật khẩu khóa ký:</source>
        <translation>Mật khẩu khóa ký:</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Hãy ghi ý kiến để xã biết cần sửa gì.</source>
        <translation>Hãy ghi ý kiến để xã biết cần sửa gì.</translation>
    </message>
    <message>
        <source>Hãy chọn thư mục lưu gói phản hồi.</source>
        <translation>Hãy chọn thư mục lưu gói phản hồi.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Tờ trình</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Báo cáo kết quả</source>
        <translation>Báo cáo kết quả</translation>
    </message>
    <message>
        <source>Báo cáo ý kiến</source>
        <translation>Báo cáo ý kiến</translation>
    </message>
    <message>
        <source>Báo cáo nợ đọng</source>
        <translation>Báo cáo nợ đọng</translation>
    </message>
    <message>
        <source>Biên bản họp</source>
        <translation>Biên bản họp</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>CHỦ TỊCH</source>
        <translation>CHỦ TỊCH</translation>
    </message>
    <message>
        <source>Kính gửi:</source>
        <translation>Kính gửi:</translation>
    </message>
    <message>
        <source>Ủy ban nhân dân tỉnh …</source>
        <translation>Ủy ban nhân dân tỉnh …</translation>
    </message>
    <message>
        <source>%1 số:</source>
        <translation>%1 số:</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Ngày họp:</source>
        <translation>Ngày họp:</translation>
    </message>
    <message>
        <source>Thành viên biểu quyết:</source>
        <translation>Thành viên biểu quyết:</translation>
    </message>
    <message>
        <source>tổng số</source>
        <translation>tổng số</translation>
    </message>
    <message>
        <source>số có mặt</source>
        <translation>số có mặt</translation>
    </message>
    <message>
        <source>có mặt</source>
        <translation>có mặt</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý:</source>
        <translation>Số phiếu đồng ý:</translation>
    </message>
    <message>
        <source>không đồng ý</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <source>Công tác tổ chức, chỉ đạo, điều hành</source>
        <translation>Công tác tổ chức, chỉ đạo, điều hành</translation>
    </message>
    <message>
        <source>Công tác tuyên truyền, vận động</source>
        <translation>Công tác tuyên truyền, vận động</translation>
    </message>
    <message>
        <source>Tồn tại, hạn chế và nguyên nhân</source>
        <translation>Tồn tại, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <source>Kế hoạch duy trì, nâng cao chất lượng tiêu chí</source>
        <translation>Kế hoạch duy trì, nâng cao chất lượng tiêu chí</translation>
    </message>
    <message>
        <source>Đoạn bổ sung trong tờ trình</source>
        <translation>Đoạn bổ sung trong tờ trình</translation>
    </message>
    <message>
        <source>Ý kiến của Mặt trận Tổ quốc và các tổ chức</source>
        <translation>Ý kiến của Mặt trận Tổ quốc và các tổ chức</translation>
    </message>
    <message>
        <source>Ý kiến của nhân dân</source>
        <translation>Ý kiến của nhân dân</translation>
    </message>
    <message>
        <source>Ý kiến thảo luận tại cuộc họp</source>
        <translation>Ý kiến thảo luận tại cuộc họp</translation>
    </message>
    <message>
        <source>Thuyết minh tình hình nợ đọng, quyết toán</source>
        <translation>Thuyết minh tình hình nợ đọng, quyết toán</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu của xã.</source>
        <translation>Chưa mở sổ dữ liệu của xã.</translation>
    </message>
    <message>
        <source>Lập tự động</source>
        <translation>Lập tự động</translation>
    </message>
    <message>
        <source>Bản giấy kèm theo</source>
        <translation>Bản giấy kèm theo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Còn thiếu %1 thông tin&lt;/b&gt; trước khi in bản chính thức (bấm đúp để nhập):</source>
        <translation>&lt;b&gt;Còn thiếu %1 thông tin&lt;/b&gt; trước khi in bản chính thức (bấm đúp để nhập):</translation>
    </message>
    <message>
        <source>✓ Đã nhập đủ thông tin của các văn bản; tiêu chí và điều kiện công nhận được kiểm tra khi lập hồ sơ.</source>
        <translation>✓ Đã nhập đủ thông tin của các văn bản; tiêu chí và điều kiện công nhận được kiểm tra khi lập hồ sơ.</translation>
    </message>
    <message>
        <source>Sửa thông tin hồ sơ</source>
        <translation>Sửa thông tin hồ sơ</translation>
    </message>
    <message>
        <source>Còn thiếu %1 thông tin: hãy nhập đủ (xem “Danh mục hồ sơ”) hoặc chọn “Bản dự thảo”.</source>
        <translation>Còn thiếu %1 thông tin: hãy nhập đủ (xem “Danh mục hồ sơ”) hoặc chọn “Bản dự thảo”.</translation>
    </message>
    <message>
        <source>Đang lập hồ sơ…</source>
        <translation>Đang lập hồ sơ…</translation>
    </message>
    <message>
        <source>Đang lập hồ sơ PDF…</source>
        <translation>Đang lập hồ sơ PDF…</translation>
    </message>
    <message>
        <source>Đã hủy lập hồ sơ.</source>
        <translation>Đã hủy lập hồ sơ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chưa in được bản chính thức: %1 nội dung chưa đáp ứng&lt;/b&gt; (bản dự thảo in được, kèm trang kiểm tra):</source>
        <translation>&lt;b&gt;Chưa in được bản chính thức: %1 nội dung chưa đáp ứng&lt;/b&gt; (bản dự thảo in được, kèm trang kiểm tra):</translation>
    </message>
    <message>
        <source>bản dự thảo</source>
        <translation>bản dự thảo</translation>
    </message>
    <message>
        <source>bản chính thức</source>
        <translation>bản chính thức</translation>
    </message>
    <message>
        <source>Hồ sơ %1: %2 trang, mã hồ sơ %3.</source>
        <translation>Hồ sơ %1: %2 trang, mã hồ sơ %3.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đủ điều kiện in bản chính thức; xem danh sách ở trang “Danh mục hồ sơ”.</source>
        <translation>Hồ sơ chưa đủ điều kiện in bản chính thức; xem danh sách ở trang “Danh mục hồ sơ”.</translation>
    </message>
    <message>
        <source>Lưu hồ sơ PDF</source>
        <translation>Lưu hồ sơ PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Đang lưu hồ sơ PDF…</source>
        <translation>Đang lưu hồ sơ PDF…</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ (%1 trang): %2</source>
        <translation>Đã lưu hồ sơ (%1 trang): %2</translation>
    </message>
    <message>
        <source>&amp;Danh mục hồ sơ</source>
        <translation>&amp;Danh mục hồ sơ</translation>
    </message>
    <message>
        <source>Danh mục tài liệu của hồ sơ</source>
        <translation>Danh mục tài liệu của hồ sơ</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Cách lập</source>
        <translation>Cách lập</translation>
    </message>
    <message>
        <source>Thông tin còn thiếu</source>
        <translation>Thông tin còn thiếu</translation>
    </message>
    <message>
        <source>Bấm đúp để đến ô cần nhập</source>
        <translation>Bấm đúp để đến ô cần nhập</translation>
    </message>
    <message>
        <source>&amp;Số văn bản, người ký</source>
        <translation>&amp;Số văn bản, người ký</translation>
    </message>
    <message>
        <source>Nội dung &amp;thuyết minh</source>
        <translation>Nội dung &amp;thuyết minh</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Năm đề nghị công nhận</source>
        <translation>Năm đề nghị công nhận</translation>
    </message>
    <message>
        <source>Bản &amp;dự thảo</source>
        <translation>Bản &amp;dự thảo</translation>
    </message>
    <message>
        <source>In chữ “DỰ THẢO” trên mọi trang và để trống các chỗ còn thiếu</source>
        <translation>In chữ “DỰ THẢO” trên mọi trang và để trống các chỗ còn thiếu</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Lập hồ sơ PDF và hiển thị ở đây</source>
        <translation>Lập hồ sơ PDF và hiển thị ở đây</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Lưu PDF…</source>
        <translation>&amp;Lưu PDF…</translation>
    </message>
    <message>
        <source>Bấm “Xem trước” để lập hồ sơ. Có thể in bản dự thảo khi còn thiếu số văn bản, ngày hoặc người ký.</source>
        <translation>Bấm “Xem trước” để lập hồ sơ. Có thể in bản dự thảo khi còn thiếu số văn bản, ngày hoặc người ký.</translation>
    </message>
</context>
<context>
    <name>DropRouter</name>
    <message>
        <source>Chỉ nhập được gói dữ liệu .ntmpkg khi thả vào cửa sổ. Ảnh, tài liệu minh chứng hãy thả vào danh sách minh chứng của chỉ tiêu; tệp Excel/JSON dùng menu Tệp → Nhập dữ liệu.</source>
        <translation>Chỉ nhập được gói dữ liệu .ntmpkg khi thả vào cửa sổ. Ảnh, tài liệu minh chứng hãy thả vào danh sách minh chứng của chỉ tiêu; tệp Excel/JSON dùng menu Tệp → Nhập dữ liệu.</translation>
    </message>
    <message>
        <source>Hãy mở hoặc tạo sổ dữ liệu của xã trước khi nhập gói dữ liệu.</source>
        <translation>Hãy mở hoặc tạo sổ dữ liệu của xã trước khi nhập gói dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Danh sách minh chứng</source>
        <translation>Danh sách minh chứng</translation>
    </message>
    <message>
        <source>Chưa có minh chứng. Bấm “Thêm tệp…” hoặc kéo thả ảnh, tài liệu vào đây.</source>
        <translation>Chưa có minh chứng. Bấm “Thêm tệp…” hoặc kéo thả ảnh, tài liệu vào đây.</translation>
    </message>
    <message>
        <source>Chụp lúc: %1</source>
        <translation>Chụp lúc: %1</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở bằng chương trình xem của máy.</source>
        <translation>Nhấp đúp để mở bằng chương trình xem của máy.</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>triệu đồng</source>
        <translation>triệu đồng</translation>
    </message>
    <message>
        <source>“%1” phải là một số.</source>
        <translation>“%1” phải là một số.</translation>
    </message>
    <message>
        <source>Hãy nhập “%1”.</source>
        <translation>Hãy nhập “%1”.</translation>
    </message>
    <message>
        <source>“%1” không được nhỏ hơn %2.</source>
        <translation>“%1” không được nhỏ hơn %2.</translation>
    </message>
    <message>
        <source>“%1” không được lớn hơn %2.</source>
        <translation>“%1” không được lớn hơn %2.</translation>
    </message>
    <message>
        <source>“%1” phải là số nguyên.</source>
        <translation>“%1” phải là số nguyên.</translation>
    </message>
    <message>
        <source>“%1”: hãy nhập ngày dạng 05/03/2025.</source>
        <translation>“%1”: hãy nhập ngày dạng 05/03/2025.</translation>
    </message>
    <message>
        <source>“%1” quá xa trong quá khứ.</source>
        <translation>“%1” quá xa trong quá khứ.</translation>
    </message>
    <message>
        <source>“%1” không được là ngày trong tương lai.</source>
        <translation>“%1” không được là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Hãy chọn “%1”.</source>
        <translation>Hãy chọn “%1”.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Nhập dữ liệu từ tệp Excel/JSON…</source>
        <translation>&amp;Nhập dữ liệu từ tệp Excel/JSON…</translation>
    </message>
    <message>
        <source>Nạp số liệu từ tệp Excel hoặc JSON do NTM Desktop xuất ra</source>
        <translation>Nạp số liệu từ tệp Excel hoặc JSON do NTM Desktop xuất ra</translation>
    </message>
    <message>
        <source>&amp;Xuất toàn bộ dữ liệu…</source>
        <translation>&amp;Xuất toàn bộ dữ liệu…</translation>
    </message>
    <message>
        <source>Ghi toàn bộ số liệu của xã ra tệp Excel hoặc JSON</source>
        <translation>Ghi toàn bộ số liệu của xã ra tệp Excel hoặc JSON</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Tạo ngay một bản sao của sổ dữ liệu</source>
        <translation>Tạo ngay một bản sao của sổ dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Đưa sổ dữ liệu về trạng thái của một bản sao lưu</source>
        <translation>Đưa sổ dữ liệu về trạng thái của một bản sao lưu</translation>
    </message>
    <message>
        <source>Cài &amp;bộ tiêu chí của tỉnh…</source>
        <translation>Cài &amp;bộ tiêu chí của tỉnh…</translation>
    </message>
    <message>
        <source>Cài bộ tiêu chí nông thôn mới do tỉnh ban hành (tệp .json)</source>
        <translation>Cài bộ tiêu chí nông thôn mới do tỉnh ban hành (tệp .json)</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Thôn, bản…</source>
        <translation>&amp;Thôn, bản…</translation>
    </message>
    <message>
        <source>Danh sách thôn, bản: số hộ, nhân khẩu, thứ tự</source>
        <translation>Danh sách thôn, bản: số hộ, nhân khẩu, thứ tự</translation>
    </message>
    <message>
        <source>&amp;Kết quả khảo sát sự hài lòng…</source>
        <translation>&amp;Kết quả khảo sát sự hài lòng…</translation>
    </message>
    <message>
        <source>Nhập kết quả lấy ý kiến sự hài lòng của người dân (điều kiện công nhận)</source>
        <translation>Nhập kết quả lấy ý kiến sự hài lòng của người dân (điều kiện công nhận)</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Sổ dữ liệu không thay đổi.</source>
        <translation>Sổ dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu</source>
        <translation>Chưa mở sổ dữ liệu</translation>
    </message>
    <message>
        <source>Hãy mở hoặc tạo sổ dữ liệu của xã trước.</source>
        <translation>Hãy mở hoặc tạo sổ dữ liệu của xã trước.</translation>
    </message>
    <message>
        <source>Chọn tệp dữ liệu cần nhập</source>
        <translation>Chọn tệp dữ liệu cần nhập</translation>
    </message>
    <message>
        <source>Tệp dữ liệu NTM (*.xlsx *.json);;Tệp Excel (*.xlsx);;Tệp JSON (*.json)</source>
        <translation>Tệp dữ liệu NTM (*.xlsx *.json);;Tệp Excel (*.xlsx);;Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhập dữ liệu từ %1…</source>
        <translation>Đang kiểm tra và nhập dữ liệu từ %1…</translation>
    </message>
    <message>
        <source>Không nhập được dữ liệu</source>
        <translation>Không nhập được dữ liệu</translation>
    </message>
    <message>
        <source>Đã hủy nhập dữ liệu; sổ dữ liệu không thay đổi.</source>
        <translation>Đã hủy nhập dữ liệu; sổ dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>Đã nhập dữ liệu từ tệp %1. Số dòng đã thêm hoặc cập nhật:</source>
        <translation>Đã nhập dữ liệu từ tệp %1. Số dòng đã thêm hoặc cập nhật:</translation>
    </message>
    <message>
        <source>Tệp %1 không có gì mới: mọi dòng trong tệp đã có sẵn trong sổ dữ liệu.</source>
        <translation>Tệp %1 không có gì mới: mọi dòng trong tệp đã có sẵn trong sổ dữ liệu.</translation>
    </message>
    <message>
        <source>Đã nhập dữ liệu</source>
        <translation>Đã nhập dữ liệu</translation>
    </message>
    <message>
        <source>Đã nhập dữ liệu từ %1.</source>
        <translation>Đã nhập dữ liệu từ %1.</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất toàn bộ dữ liệu</source>
        <translation>Xuất toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>Đang xuất dữ liệu ra %1…</source>
        <translation>Đang xuất dữ liệu ra %1…</translation>
    </message>
    <message>
        <source>Không xuất được dữ liệu</source>
        <translation>Không xuất được dữ liệu</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Đã xuất toàn bộ dữ liệu (%1) vào tệp:</source>
        <translation>Đã xuất toàn bộ dữ liệu (%1) vào tệp:</translation>
    </message>
    <message>
        <source>Đã xuất dữ liệu</source>
        <translation>Đã xuất dữ liệu</translation>
    </message>
    <message>
        <source>Đã xuất dữ liệu ra %1.</source>
        <translation>Đã xuất dữ liệu ra %1.</translation>
    </message>
    <message>
        <source>Đang sao lưu sổ dữ liệu…</source>
        <translation>Đang sao lưu sổ dữ liệu…</translation>
    </message>
    <message>
        <source>Không sao lưu được</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>Đã sao lưu sổ dữ liệu vào:
%1</source>
        <translation>Đã sao lưu sổ dữ liệu vào:
%1</translation>
    </message>
    <message>
        <source>Đã sao lưu sổ dữ liệu.</source>
        <translation>Đã sao lưu sổ dữ liệu.</translation>
    </message>
    <message>
        <source>Đang khôi phục sổ dữ liệu…</source>
        <translation>Đang khôi phục sổ dữ liệu…</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Đã khôi phục sổ dữ liệu từ bản sao lưu lúc %1.

Sổ dữ liệu trước khi khôi phục vẫn được giữ lại tại:
%2</source>
        <translation>Đã khôi phục sổ dữ liệu từ bản sao lưu lúc %1.

Sổ dữ liệu trước khi khôi phục vẫn được giữ lại tại:
%2</translation>
    </message>
    <message>
        <source>Đã khôi phục sổ dữ liệu.</source>
        <translation>Đã khôi phục sổ dữ liệu.</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>Chọn tệp bộ tiêu chí của tỉnh</source>
        <translation>Chọn tệp bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh (*.json)</source>
        <translation>Bộ tiêu chí của tỉnh (*.json)</translation>
    </message>
    <message>
        <source>Đang kiểm tra và cài bộ tiêu chí của tỉnh…</source>
        <translation>Đang kiểm tra và cài bộ tiêu chí của tỉnh…</translation>
    </message>
    <message>
        <source>Không cài được bộ tiêu chí</source>
        <translation>Không cài được bộ tiêu chí</translation>
    </message>
    <message>
        <source>Cài bộ tiêu chí của tỉnh</source>
        <translation>Cài bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>Đã cài bộ tiêu chí của tỉnh</source>
        <translation>Đã cài bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>Đã cài và áp dụng bộ tiêu chí:
%1

Các tiêu chí của xã được đánh giá lại theo bộ tiêu chí này.</source>
        <translation>Đã cài và áp dụng bộ tiêu chí:
%1

Các tiêu chí của xã được đánh giá lại theo bộ tiêu chí này.</translation>
    </message>
    <message>
        <source>Đã cài bộ tiêu chí của tỉnh (%1).</source>
        <translation>Đã cài bộ tiêu chí của tỉnh (%1).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>&amp;Tiếp theo &gt;</source>
        <extracomment>what the window frame (title bar, borders) takes beyond the wizard, when the window system has not told us yet (before the first show) the size the wizard asks for when the screen has room (logical pixels)</extracomment>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>&amp;Tạo sổ</source>
        <translation>&amp;Tạo sổ</translation>
    </message>
    <message>
        <source>&amp;Tạo không gian</source>
        <translation>&amp;Tạo không gian</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Cấp huyện (trước 7/2025)</source>
        <translation>Cấp huyện (trước 7/2025)</translation>
    </message>
    <message>
        <source>Không tìm thấy xã nào. Hãy kiểm tra chính tả hoặc gõ mã xã 5 chữ số.</source>
        <translation>Không tìm thấy xã nào. Hãy kiểm tra chính tả hoặc gõ mã xã 5 chữ số.</translation>
    </message>
    <message>
        <source>%1 — %2 (mã %3)</source>
        <translation>%1 — %2 (mã %3)</translation>
    </message>
    <message>
        <source>Trước 7/2025: %1, %2, %3</source>
        <translation>Trước 7/2025: %1, %2, %3</translation>
    </message>
    <message>
        <source>Đã chọn: &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>Đã chọn: &lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>— chọn vùng —</source>
        <translation>— chọn vùng —</translation>
    </message>
    <message>
        <source>— chọn nhóm xã —</source>
        <translation>— chọn nhóm xã —</translation>
    </message>
    <message>
        <source>Giai đoạn %1–%2, %3 tiêu chí. Căn cứ: %4</source>
        <translation>Giai đoạn %1–%2, %3 tiêu chí. Căn cứ: %4</translation>
    </message>
    <message>
        <source>Hãy chọn nhóm xã (theo quyết định của tỉnh).</source>
        <translation>Hãy chọn nhóm xã (theo quyết định của tỉnh).</translation>
    </message>
    <message>
        <source>Hãy chọn vùng của xã.</source>
        <translation>Hãy chọn vùng của xã.</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Đã tạo sổ dữ liệu của &lt;b&gt;%1&lt;/b&gt; tại %2.</source>
        <translation>Đã tạo sổ dữ liệu của &lt;b&gt;%1&lt;/b&gt; tại %2.</translation>
    </message>
    <message>
        <source>Đã tạo không gian thẩm định “%1” tại %2.</source>
        <translation>Đã tạo không gian thẩm định “%1” tại %2.</translation>
    </message>
    <message>
        <source>Chưa tạo được khóa ký: %1</source>
        <translation>Chưa tạo được khóa ký: %1</translation>
    </message>
    <message>
        <source>Đang mở xã mẫu…</source>
        <translation>Đang mở xã mẫu…</translation>
    </message>
    <message>
        <source>Thiết lập NTM Desktop</source>
        <translation>Thiết lập NTM Desktop</translation>
    </message>
    <message>
        <source>Chào mừng đến với NTM Desktop</source>
        <translation>Chào mừng đến với NTM Desktop</translation>
    </message>
    <message>
        <source>Sổ theo dõi xây dựng nông thôn mới, dùng được không cần Internet. Trước tiên, cho biết bạn làm việc ở đâu.</source>
        <translation>Sổ theo dõi xây dựng nông thôn mới, dùng được không cần Internet. Trước tiên, cho biết bạn làm việc ở đâu.</translation>
    </message>
    <message>
        <source>Tôi là cán bộ &amp;xã — theo dõi và tự đánh giá tiêu chí của xã mình</source>
        <translation>Tôi là cán bộ &amp;xã — theo dõi và tự đánh giá tiêu chí của xã mình</translation>
    </message>
    <message>
        <source>Tôi là cán bộ &amp;thẩm định (huyện/tỉnh) — nhận và thẩm định hồ sơ của các xã</source>
        <translation>Tôi là cán bộ &amp;thẩm định (huyện/tỉnh) — nhận và thẩm định hồ sơ của các xã</translation>
    </message>
    <message>
        <source>Muốn xem thử trước? Mở một xã mẫu có sẵn số liệu (không ảnh hưởng đến sổ của bạn; lần mở sau trình thiết lập sẽ hiện lại).</source>
        <translation>Muốn xem thử trước? Mở một xã mẫu có sẵn số liệu (không ảnh hưởng đến sổ của bạn; lần mở sau trình thiết lập sẽ hiện lại).</translation>
    </message>
    <message>
        <source>Mở xã mẫu (&amp;demo)</source>
        <translation>Mở xã mẫu (&amp;demo)</translation>
    </message>
    <message>
        <source>Xã của bạn</source>
        <translation>Xã của bạn</translation>
    </message>
    <message>
        <source>Gõ tên xã, phường (có dấu hoặc không dấu, ví dụ “vinh yen”) rồi chọn trong danh sách. Có thể gõ cả tên cũ trước khi sắp xếp năm 2025.</source>
        <translation>Gõ tên xã, phường (có dấu hoặc không dấu, ví dụ “vinh yen”) rồi chọn trong danh sách. Có thể gõ cả tên cũ trước khi sắp xếp năm 2025.</translation>
    </message>
    <message>
        <source>Tên hoặc mã xã, phường…</source>
        <translation>Tên hoặc mã xã, phường…</translation>
    </message>
    <message>
        <source>Tìm xã</source>
        <translation>Tìm xã</translation>
    </message>
    <message>
        <source>Kết quả tìm xã</source>
        <translation>Kết quả tìm xã</translation>
    </message>
    <message>
        <source>Chưa chọn xã.</source>
        <translation>Chưa chọn xã.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Chọn bộ tiêu chí xã đang thực hiện và vùng (hoặc nhóm xã) để chương trình dùng đúng mức đạt chuẩn.</source>
        <translation>Chọn bộ tiêu chí xã đang thực hiện và vùng (hoặc nhóm xã) để chương trình dùng đúng mức đạt chuẩn.</translation>
    </message>
    <message>
        <source>&amp;Bộ tiêu chí:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Vùng:</source>
        <translation>&amp;Vùng:</translation>
    </message>
    <message>
        <source>Xã đặc biệt khó khăn (ĐBKK) hoặc xã an toàn khu (ATK)</source>
        <translation>Xã đặc biệt khó khăn (ĐBKK) hoặc xã an toàn khu (ATK)</translation>
    </message>
    <message>
        <source>Theo QĐ 318/QĐ-TTg, xã đặc biệt khó khăn và xã an toàn khu được áp dụng mức đạt chuẩn của vùng Trung du và miền núi phía Bắc, dù xã thuộc vùng nào. Đánh dấu ô trên nếu xã của bạn thuộc diện này.</source>
        <translation>Theo QĐ 318/QĐ-TTg, xã đặc biệt khó khăn và xã an toàn khu được áp dụng mức đạt chuẩn của vùng Trung du và miền núi phía Bắc, dù xã thuộc vùng nào. Đánh dấu ô trên nếu xã của bạn thuộc diện này.</translation>
    </message>
    <message>
        <source>&amp;Nhóm xã:</source>
        <translation>&amp;Nhóm xã:</translation>
    </message>
    <message>
        <source>Các thôn, bản</source>
        <translation>Các thôn, bản</translation>
    </message>
    <message>
        <source>Nhập tên thôn, số hộ và số nhân khẩu. Gõ vào dòng trống cuối cùng để thêm thôn; có thể bổ sung sau.</source>
        <translation>Nhập tên thôn, số hộ và số nhân khẩu. Gõ vào dòng trống cuối cùng để thêm thôn; có thể bổ sung sau.</translation>
    </message>
    <message>
        <source>Danh sách thôn</source>
        <translation>Danh sách thôn</translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation>Tên thôn</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Số nhân khẩu</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>&amp;Xóa dòng đang chọn</source>
        <translation>&amp;Xóa dòng đang chọn</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Tên của bạn được ghi vào nhật ký mỗi thay đổi và vào hồ sơ. Bấm “Tạo sổ” để tạo sổ dữ liệu và khóa ký.</source>
        <translation>Tên của bạn được ghi vào nhật ký mỗi thay đổi và vào hồ sơ. Bấm “Tạo sổ” để tạo sổ dữ liệu và khóa ký.</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>ví dụ: Công chức Nông nghiệp - Môi trường</source>
        <translation>ví dụ: Công chức Nông nghiệp - Môi trường</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Không gian thẩm định</source>
        <translation>Không gian thẩm định</translation>
    </message>
    <message>
        <source>Cho biết cơ quan thẩm định. Chương trình tạo không gian thẩm định và khóa ký để nhận gói dữ liệu của các xã.</source>
        <translation>Cho biết cơ quan thẩm định. Chương trình tạo không gian thẩm định và khóa ký để nhận gói dữ liệu của các xã.</translation>
    </message>
    <message>
        <source>&amp;Cơ quan:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>ví dụ: Văn phòng Điều phối nông thôn mới tỉnh Lạng Sơn</source>
        <translation>ví dụ: Văn phòng Điều phối nông thôn mới tỉnh Lạng Sơn</translation>
    </message>
    <message>
        <source>C&amp;ấp:</source>
        <translation>C&amp;ấp:</translation>
    </message>
    <message>
        <source>Khi hoàn tất, chương trình mở cửa sổ thẩm định: đăng ký khóa của các xã, nhập gói, thẩm định, trả lại hoặc phê duyệt, tổng hợp và ban hành bộ tiêu chí của tỉnh.</source>
        <translation>Khi hoàn tất, chương trình mở cửa sổ thẩm định: đăng ký khóa của các xã, nhập gói, thẩm định, trả lại hoặc phê duyệt, tổng hợp và ban hành bộ tiêu chí của tỉnh.</translation>
    </message>
    <message>
        <source>Đã sẵn sàng</source>
        <translation>Đã sẵn sàng</translation>
    </message>
    <message>
        <source>Sổ dữ liệu và khóa ký đã được tạo.</source>
        <translation>Sổ dữ liệu và khóa ký đã được tạo.</translation>
    </message>
    <message>
        <source>Mã vân tay của khóa ký (đọc cho cơ quan thẩm định để đối chiếu khi trao đổi dữ liệu):</source>
        <translation>Mã vân tay của khóa ký (đọc cho cơ quan thẩm định để đối chiếu khi trao đổi dữ liệu):</translation>
    </message>
    <message>
        <source>&amp;In thẻ khóa…</source>
        <translation>&amp;In thẻ khóa…</translation>
    </message>
    <message>
        <source>Khóa riêng chỉ nằm trên máy này. Bấm “Hoàn tất” để bắt đầu làm việc; có thể sửa thông tin xã trong Tệp → Cài đặt.</source>
        <translation>Khóa riêng chỉ nằm trên máy này. Bấm “Hoàn tất” để bắt đầu làm việc; có thể sửa thông tin xã trong Tệp → Cài đặt.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>(Bắt đầu phiên làm việc)</source>
        <translation>(Bắt đầu phiên làm việc)</translation>
    </message>
    <message>
        <source>Các thao tác có thể hoàn tác</source>
        <translation>Các thao tác có thể hoàn tác</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Đang tìm…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>Đang tìm trong lịch sử…</source>
        <translation>Đang tìm trong lịch sử…</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu.</source>
        <translation>Chưa mở sổ dữ liệu.</translation>
    </message>
    <message>
        <source>%1 thay đổi</source>
        <translation>%1 thay đổi</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem dữ liệu trước và sau khi thay đổi.</source>
        <translation>Chọn một dòng để xem dữ liệu trước và sau khi thay đổi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3&lt;br&gt;%4 — %5 — mục nhật ký số %6</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; %3&lt;br&gt;%4 — %5 — mục nhật ký số %6</translation>
    </message>
    <message>
        <source>Đang kiểm tra nhật ký…</source>
        <translation>Đang kiểm tra nhật ký…</translation>
    </message>
    <message>
        <source>Đang kiểm tra toàn vẹn nhật ký…</source>
        <translation>Đang kiểm tra toàn vẹn nhật ký…</translation>
    </message>
    <message>
        <source>✓ Nhật ký toàn vẹn: đã kiểm tra %1 mục, không mục nào bị sửa hay bị xóa.</source>
        <translation>✓ Nhật ký toàn vẹn: đã kiểm tra %1 mục, không mục nào bị sửa hay bị xóa.</translation>
    </message>
    <message>
        <source>✗ Nhật ký bị hỏng từ mục số %1: %2. Dữ liệu có thể đã bị sửa ngoài chương trình — hãy báo cán bộ phụ trách và khôi phục từ bản sao lưu.</source>
        <translation>✗ Nhật ký bị hỏng từ mục số %1: %2. Dữ liệu có thể đã bị sửa ngoài chương trình — hãy báo cán bộ phụ trách và khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu:</source>
        <translation>&amp;Dữ liệu:</translation>
    </message>
    <message>
        <source>Chỉ xem thay đổi của một loại dữ liệu</source>
        <translation>Chỉ xem thay đổi của một loại dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Người sửa:</source>
        <translation>&amp;Người sửa:</translation>
    </message>
    <message>
        <source>Chỉ xem thay đổi do một người thực hiện</source>
        <translation>Chỉ xem thay đổi do một người thực hiện</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Ngày đầu (để “—” nếu không giới hạn)</source>
        <translation>Ngày đầu (để “—” nếu không giới hạn)</translation>
    </message>
    <message>
        <source>đến:</source>
        <translation>đến:</translation>
    </message>
    <message>
        <source>Ngày cuối (để “—” nếu không giới hạn)</source>
        <translation>Ngày cuối (để “—” nếu không giới hạn)</translation>
    </message>
    <message>
        <source>Tìm trong nội dung thay đổi…</source>
        <translation>Tìm trong nội dung thay đổi…</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <source>Xem lại toàn bộ nhật ký</source>
        <translation>Xem lại toàn bộ nhật ký</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra toàn vẹn nhật ký</source>
        <translation>&amp;Kiểm tra toàn vẹn nhật ký</translation>
    </message>
    <message>
        <source>Tính lại chuỗi mã băm của mọi mục nhật ký để phát hiện sửa đổi trái phép</source>
        <translation>Tính lại chuỗi mã băm của mọi mục nhật ký để phát hiện sửa đổi trái phép</translation>
    </message>
    <message>
        <source>Chi tiết thay đổi</source>
        <translation>Chi tiết thay đổi</translation>
    </message>
    <message>
        <source>Dữ liệu trước và sau khi thay đổi</source>
        <translation>Dữ liệu trước và sau khi thay đổi</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Thao tác trong phiên làm việc này</source>
        <translation>Thao tác trong phiên làm việc này</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Hủy thao tác vừa làm (Ctrl+Z)</source>
        <translation>Hủy thao tác vừa làm (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Làm lại thao tác vừa hủy (Ctrl+Shift+Z)</source>
        <translation>Làm lại thao tác vừa hủy (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>Các trang</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu…</source>
        <translation>Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Nhập từ thư mục thư điện tử</source>
        <translation>Nhập từ thư mục thư điện tử</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Kéo thả gói dữ liệu (.ntmpkg) hoặc cả thư mục vào cửa sổ để nhập.</source>
        <translation>Kéo thả gói dữ liệu (.ntmpkg) hoặc cả thư mục vào cửa sổ để nhập.</translation>
    </message>
    <message>
        <source>NTM Desktop — Thẩm định: %1</source>
        <translation>NTM Desktop — Thẩm định: %1</translation>
    </message>
    <message>
        <source>Chỉ nhập được gói dữ liệu .ntmpkg hoặc thư mục; bỏ qua: %1</source>
        <translation>Chỉ nhập được gói dữ liệu .ntmpkg hoặc thư mục; bỏ qua: %1</translation>
    </message>
    <message>
        <source>Các xã</source>
        <translation>Các xã</translation>
    </message>
    <message>
        <source>Nhập gói</source>
        <translation>Nhập gói</translation>
    </message>
    <message>
        <source>Cách ly</source>
        <translation>Cách ly</translation>
    </message>
    <message>
        <source>Thẩm định xã</source>
        <translation>Thẩm định xã</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>Khóa và tin cậy</source>
        <translation>Khóa và tin cậy</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Nhập gói dữ liệu của các xã</source>
        <translation>Nhập gói dữ liệu của các xã</translation>
    </message>
    <message>
        <source>Kéo thả tệp .ntmpkg hoặc cả thư mục vào cửa sổ, chọn tệp, hoặc nhập thư mục nơi lưu tệp đính kèm thư điện tử. Mỗi gói được kiểm tra chữ ký và từng tệp thành phần trước khi nhập; gói hỏng hoặc lạ được chuyển vào Cách ly, không thay đổi gì.</source>
        <translation>Kéo thả tệp .ntmpkg hoặc cả thư mục vào cửa sổ, chọn tệp, hoặc nhập thư mục nơi lưu tệp đính kèm thư điện tử. Mỗi gói được kiểm tra chữ ký và từng tệp thành phần trước khi nhập; gói hỏng hoặc lạ được chuyển vào Cách ly, không thay đổi gì.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Nhập thư mục thư điện tử</source>
        <translation>Nhập thư mục thư điện tử</translation>
    </message>
    <message>
        <source>Đặt thư mục thư điện tử…</source>
        <translation>Đặt thư mục thư điện tử…</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>So mã vân tay, đăng ký khóa và kiểm tra lại…</source>
        <translation>So mã vân tay, đăng ký khóa và kiểm tra lại…</translation>
    </message>
    <message>
        <source>Thẩm định xã này</source>
        <translation>Thẩm định xã này</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu cần nhập</source>
        <translation>Chọn gói dữ liệu cần nhập</translation>
    </message>
    <message>
        <source>Gói dữ liệu NTM (*.ntmpkg);;Mọi tệp (*)</source>
        <translation>Gói dữ liệu NTM (*.ntmpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa gói dữ liệu</source>
        <translation>Chọn thư mục chứa gói dữ liệu</translation>
    </message>
    <message>
        <source>Thư mục thư điện tử: %1</source>
        <translation>Thư mục thư điện tử: %1</translation>
    </message>
    <message>
        <source>Chưa đặt thư mục thư điện tử.</source>
        <translation>Chưa đặt thư mục thư điện tử.</translation>
    </message>
    <message>
        <source>Thư mục lưu tệp đính kèm thư điện tử</source>
        <translation>Thư mục lưu tệp đính kèm thư điện tử</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhập…</source>
        <translation>Đang kiểm tra và nhập…</translation>
    </message>
    <message>
        <source>%1/%2 gói</source>
        <translation>%1/%2 gói</translation>
    </message>
    <message>
        <source>Đã dừng.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>Đã nhập %1 gói; đã có %2; từ chối %3; khóa chưa đăng ký %4.</source>
        <translation>Đã nhập %1 gói; đã có %2; từ chối %3; khóa chưa đăng ký %4.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu; các gói còn lại chưa nhập.</source>
        <translation>Đã dừng theo yêu cầu; các gói còn lại chưa nhập.</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Đã có</source>
        <translation>Đã có</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Khóa chưa đăng ký</source>
        <translation>Khóa chưa đăng ký</translation>
    </message>
    <message>
        <source>Gói này được ký bằng khóa của “%1” (xã %2).

Mã vân tay:
%3

Gọi điện cho cán bộ xã, đọc mã vân tay trên máy của họ và so từng nhóm ký tự. Chỉ đăng ký khi khớp hoàn toàn.</source>
        <translation>Gói này được ký bằng khóa của “%1” (xã %2).

Mã vân tay:
%3

Gọi điện cho cán bộ xã, đọc mã vân tay trên máy của họ và so từng nhóm ký tự. Chỉ đăng ký khi khớp hoàn toàn.</translation>
    </message>
    <message>
        <source>Đăng ký khóa của xã</source>
        <translation>Đăng ký khóa của xã</translation>
    </message>
    <message>
        <source>Khớp — đăng ký và kiểm tra lại</source>
        <translation>Khớp — đăng ký và kiểm tra lại</translation>
    </message>
    <message>
        <source>Không khớp</source>
        <translation>Không khớp</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Có (đạt yêu cầu)</source>
        <translation>Có (đạt yêu cầu)</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>— (tự tính từ số liệu)</source>
        <translation>— (tự tính từ số liệu)</translation>
    </message>
    <message>
        <source>Chọn một chỉ tiêu ở danh sách bên trái để xem và cập nhật.</source>
        <extracomment>the legal source of the catalog in use, cited when an indicator&apos;s own source is a research note (set by the Tiêu chí page) the warning that the shown year is approved and locked by the appraiser (&quot;&quot; if not; set by the Tiêu chí page): shown above the fields, the edit itself is not blocked</extracomment>
        <translation>Chọn một chỉ tiêu ở danh sách bên trái để xem và cập nhật.</translation>
    </message>
    <message>
        <source>Tiêu chí %1 — %2: %3</source>
        <translation>Tiêu chí %1 — %2: %3</translation>
    </message>
    <message>
        <source>Trạng thái: %1 (%2)</source>
        <translation>Trạng thái: %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Tự đánh giá “%1” nhưng số liệu cho kết quả “%2”. Hãy kiểm tra lại số liệu hoặc trạng thái khai báo.</source>
        <translation>⚠ Tự đánh giá “%1” nhưng số liệu cho kết quả “%2”. Hãy kiểm tra lại số liệu hoặc trạng thái khai báo.</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Mức đạt chuẩn: %1</translation>
    </message>
    <message>
        <source>⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng. Nguồn: %1</source>
        <translation>⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng. Nguồn: %1</translation>
    </message>
    <message>
        <source>Mở trang Hạ tầng</source>
        <translation>Mở trang Hạ tầng</translation>
    </message>
    <message>
        <source>Tự tính từ sổ công trình: %1 → %2. %3</source>
        <translation>Tự tính từ sổ công trình: %1 → %2. %3</translation>
    </message>
    <message>
        <source>Chỉ tiêu này được tính từ sổ công trình nhưng chưa có số liệu; tạm dùng giá trị nhập tay. %1</source>
        <translation>Chỉ tiêu này được tính từ sổ công trình nhưng chưa có số liệu; tạm dùng giá trị nhập tay. %1</translation>
    </message>
    <message>
        <source>Giá trị tự tính, không sửa ở đây</source>
        <translation>Giá trị tự tính, không sửa ở đây</translation>
    </message>
    <message>
        <source>Chưa có ý kiến thẩm định cho chỉ tiêu này.</source>
        <translation>Chưa có ý kiến thẩm định cho chỉ tiêu này.</translation>
    </message>
    <message>
        <source>đánh giá: %1</source>
        <translation>đánh giá: %1</translation>
    </message>
</context>
<context>
    <name>InfraItemDialog</name>
    <message>
        <source>(Cấp xã / không thuộc thôn)</source>
        <translation>(Cấp xã / không thuộc thôn)</translation>
    </message>
    <message>
        <source>(Chưa đánh giá)</source>
        <translation>(Chưa đánh giá)</translation>
    </message>
    <message>
        <source>Tên công trình</source>
        <translation>Tên công trình</translation>
    </message>
    <message>
        <source>Năm xây dựng</source>
        <translation>Năm xây dựng</translation>
    </message>
    <message>
        <source>Sửa công trình — %1</source>
        <translation>Sửa công trình — %1</translation>
    </message>
    <message>
        <source>Thêm công trình — %1</source>
        <translation>Thêm công trình — %1</translation>
    </message>
    <message>
        <source>(Chưa rõ)</source>
        <translation>(Chưa rõ)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>— Chọn —</source>
        <translation>— Chọn —</translation>
    </message>
    <message>
        <source>Sửa công trình “%1”</source>
        <translation>Sửa công trình “%1”</translation>
    </message>
    <message>
        <source>Thêm công trình “%1”</source>
        <translation>Thêm công trình “%1”</translation>
    </message>
    <message>
        <source>Công trình hạ tầng</source>
        <translation>Công trình hạ tầng</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>&amp;Loại công trình:</source>
        <translation>&amp;Loại công trình:</translation>
    </message>
    <message>
        <source>Loại công trình</source>
        <translation>Loại công trình</translation>
    </message>
    <message>
        <source>&amp;Tên công trình: *</source>
        <translation>&amp;Tên công trình: *</translation>
    </message>
    <message>
        <source>Ví dụ: Đường trục thôn Nà Héc</source>
        <translation>Ví dụ: Đường trục thôn Nà Héc</translation>
    </message>
    <message>
        <source>T&amp;hôn:</source>
        <translation>T&amp;hôn:</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>&amp;Năm xây dựng:</source>
        <translation>&amp;Năm xây dựng:</translation>
    </message>
    <message>
        <source>Ví dụ: 2019</source>
        <translation>Ví dụ: 2019</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Thông số kỹ thuật</source>
        <translation>Thông số kỹ thuật</translation>
    </message>
    <message>
        <source>Ảnh công trình</source>
        <translation>Ảnh công trình</translation>
    </message>
    <message>
        <source>Các ô có dấu * là bắt buộc.</source>
        <translation>Các ô có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>InfraTableModel</name>
    <message>
        <source>Tên công trình</source>
        <translation>Tên công trình</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ảnh</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Chưa có công trình nào. Bấm “Thêm công trình” (phím Insert) để ghi con đường, trường, trạm… đầu tiên.</source>
        <translation>Chưa có công trình nào. Bấm “Thêm công trình” (phím Insert) để ghi con đường, trường, trạm… đầu tiên.</translation>
    </message>
    <message>
        <source>Tất cả các loại</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu.</source>
        <translation>Chưa mở sổ dữ liệu.</translation>
    </message>
    <message>
        <source>Tất cả các thôn</source>
        <translation>Tất cả các thôn</translation>
    </message>
    <message>
        <source>%1 công trình</source>
        <translation>%1 công trình</translation>
    </message>
    <message>
        <source>Đang hiện %1 / %2 công trình</source>
        <translation>Đang hiện %1 / %2 công trình</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đường giao thông:&lt;/b&gt; tổng %1 km, đã cứng hóa %2 km (%3).</source>
        <translation>&lt;b&gt;Đường giao thông:&lt;/b&gt; tổng %1 km, đã cứng hóa %2 km (%3).</translation>
    </message>
    <message>
        <source>%1 %2 km, cứng hóa %3</source>
        <translation>%1 %2 km, cứng hóa %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theo cấp:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Theo cấp:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theo kết cấu mặt đường:&lt;/b&gt; </source>
        <translation>&lt;b&gt;Theo kết cấu mặt đường:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Kênh mương:&lt;/b&gt; tổng %1 km, đã kiên cố hóa %2 km (%3).</source>
        <translation>&lt;b&gt;Kênh mương:&lt;/b&gt; tổng %1 km, đã kiên cố hóa %2 km (%3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 công trình.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2 công trình.</translation>
    </message>
    <message>
        <source>Đã lưu “%1”.</source>
        <translation>Đã lưu “%1”.</translation>
    </message>
    <message>
        <source>Xóa công trình</source>
        <translation>Xóa công trình</translation>
    </message>
    <message>
        <source>Xóa công trình “%1”?</source>
        <translation>Xóa công trình “%1”?</translation>
    </message>
    <message>
        <source>&amp;Xóa công trình</source>
        <translation>&amp;Xóa công trình</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Không xóa</translation>
    </message>
    <message>
        <source>Liên kết với dự án và ảnh đính kèm của công trình cũng được bỏ. Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Liên kết với dự án và ảnh đính kèm của công trình cũng được bỏ. Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa công trình “%1”</source>
        <translation>Xóa công trình “%1”</translation>
    </message>
    <message>
        <source>Đã xóa “%1”. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Đã xóa “%1”. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Loại công trình</source>
        <translation>Loại công trình</translation>
    </message>
    <message>
        <source>Chọn loại công trình để xem các cột thông số của loại đó</source>
        <translation>Chọn loại công trình để xem các cột thông số của loại đó</translation>
    </message>
    <message>
        <source>T&amp;hôn:</source>
        <translation>T&amp;hôn:</translation>
    </message>
    <message>
        <source>Lọc theo thôn</source>
        <translation>Lọc theo thôn</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>Lọc theo tình trạng</source>
        <translation>Lọc theo tình trạng</translation>
    </message>
    <message>
        <source>Tìm công trình</source>
        <translation>Tìm công trình</translation>
    </message>
    <message>
        <source>Tìm theo tên, ghi chú (gõ có dấu hoặc không dấu)</source>
        <translation>Tìm theo tên, ghi chú (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>&amp;Thêm công trình</source>
        <translation>&amp;Thêm công trình</translation>
    </message>
    <message>
        <source>Thêm một công trình mới (phím Insert)</source>
        <translation>Thêm một công trình mới (phím Insert)</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Sửa công trình đang chọn (phím Enter hoặc nhấp đúp)</source>
        <translation>Sửa công trình đang chọn (phím Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Xóa công trình đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Xóa công trình đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</translation>
    </message>
    <message>
        <source>Danh sách công trình</source>
        <translation>Danh sách công trình</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Tổng hợp</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>%1 (đã xóa)</source>
        <translation>%1 (đã xóa)</translation>
    </message>
    <message>
        <source>(đã xóa)</source>
        <translation>(đã xóa)</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Đổi khóa ký</source>
        <translation>Đổi khóa ký</translation>
    </message>
    <message>
        <source>Chỉ đổi khóa khi khóa cũ có thể đã bị lộ (máy bị mất, sao chép nhầm…).</source>
        <translation>Chỉ đổi khóa khi khóa cũ có thể đã bị lộ (máy bị mất, sao chép nhầm…).</translation>
    </message>
    <message>
        <source>Sau khi đổi, mã vân tay của xã sẽ khác. Các gói gửi đi từ nay mang thông báo đổi khóa do khóa cũ ký, nơi thẩm định tự nhận khóa mới khi nhập gói; nên in thẻ khóa mới và gửi kèm hồ sơ giấy.</source>
        <translation>Sau khi đổi, mã vân tay của xã sẽ khác. Các gói gửi đi từ nay mang thông báo đổi khóa do khóa cũ ký, nơi thẩm định tự nhận khóa mới khi nhập gói; nên in thẻ khóa mới và gửi kèm hồ sơ giấy.</translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Đã đổi khóa ký</source>
        <translation>Đã đổi khóa ký</translation>
    </message>
    <message>
        <source>Đã tạo khóa ký mới. Mã vân tay mới:
%1

Hãy in thẻ khóa mới và đọc mã vân tay mới cho nơi thẩm định khi đối chiếu.</source>
        <translation>Đã tạo khóa ký mới. Mã vân tay mới:
%1

Hãy in thẻ khóa mới và đọc mã vân tay mới cho nơi thẩm định khi đối chiếu.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Đã đổi khóa ký của xã.</source>
        <translation>Đã đổi khóa ký của xã.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Cơ quan thẩm định và khóa ký</source>
        <translation>Cơ quan thẩm định và khóa ký</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa công khai…</source>
        <translation>Lưu thẻ khóa công khai…</translation>
    </message>
    <message>
        <source>Lưu ảnh mã QR để in…</source>
        <translation>Lưu ảnh mã QR để in…</translation>
    </message>
    <message>
        <source>In thẻ khóa…</source>
        <translation>In thẻ khóa…</translation>
    </message>
    <message>
        <source>Khóa của các xã được tin cậy</source>
        <translation>Khóa của các xã được tin cậy</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Mã vân tay</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Đăng ký thẻ khóa…</source>
        <translation>Đăng ký thẻ khóa…</translation>
    </message>
    <message>
        <source>Đăng ký cả thư mục thẻ khóa…</source>
        <translation>Đăng ký cả thư mục thẻ khóa…</translation>
    </message>
    <message>
        <source>Thu hồi…</source>
        <translation>Thu hồi…</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa công khai</source>
        <translation>Lưu thẻ khóa công khai</translation>
    </message>
    <message>
        <source>Lưu ảnh mã QR</source>
        <translation>Lưu ảnh mã QR</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa của xã</source>
        <translation>Chọn thẻ khóa của xã</translation>
    </message>
    <message>
        <source>Thẻ khóa (*.json *.card *.ntmkey);;Mọi tệp (*)</source>
        <translation>Thẻ khóa (*.json *.card *.ntmkey);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa thẻ khóa của các xã</source>
        <translation>Chọn thư mục chứa thẻ khóa của các xã</translation>
    </message>
    <message>
        <source>Mã vân tay khóa ký: %1</source>
        <translation>Mã vân tay khóa ký: %1</translation>
    </message>
    <message>
        <source>Gửi thẻ khóa công khai (hoặc ảnh mã QR) cho các xã; khi xã gọi điện, đọc mã vân tay để xã so.</source>
        <translation>Gửi thẻ khóa công khai (hoặc ảnh mã QR) cho các xã; khi xã gọi điện, đọc mã vân tay để xã so.</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Đã thu hồi</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Đã thay bằng khóa mới</source>
        <translation>Đã thay bằng khóa mới</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message>
        <source>Đang đọc thẻ khóa…</source>
        <translation>Đang đọc thẻ khóa…</translation>
    </message>
    <message>
        <source>Thu hồi khóa %1 của %2? Gói ký bằng khóa này sẽ bị từ chối.</source>
        <translation>Thu hồi khóa %1 của %2? Gói ký bằng khóa này sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp</source>
        <translation>Người/đơn vị đóng góp</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi</source>
        <translation>Đơn giá quy đổi</translation>
    </message>
    <message>
        <source>Giá trị quy đổi (đồng)</source>
        <translation>Giá trị quy đổi (đồng)</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Số biên nhận</source>
        <translation>Số biên nhận</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Hủy thao tác vừa làm</source>
        <translation>Hủy thao tác vừa làm</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Làm lại thao tác vừa hủy</source>
        <translation>Làm lại thao tác vừa hủy</translation>
    </message>
    <message>
        <source>Đặt lại &amp;bố cục</source>
        <translation>Đặt lại &amp;bố cục</translation>
    </message>
    <message>
        <source>Đưa cửa sổ, các khung và các cột về kích thước mặc định</source>
        <translation>Đưa cửa sổ, các khung và các cột về kích thước mặc định</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Mở sổ của &amp;xã tôi</source>
        <translation>Mở sổ của &amp;xã tôi</translation>
    </message>
    <message>
        <source>Mở lại sổ dữ liệu của xã mình (trong thư mục dữ liệu)</source>
        <translation>Mở lại sổ dữ liệu của xã mình (trong thư mục dữ liệu)</translation>
    </message>
    <message>
        <source>&amp;Mở sổ dữ liệu…</source>
        <translation>&amp;Mở sổ dữ liệu…</translation>
    </message>
    <message>
        <source>Mở một tệp sổ dữ liệu (.ntm.sqlite) khác</source>
        <translation>Mở một tệp sổ dữ liệu (.ntm.sqlite) khác</translation>
    </message>
    <message>
        <source>Sổ dữ liệu &amp;gần đây</source>
        <translation>Sổ dữ liệu &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Thiết lập xã của tôi…</source>
        <translation>&amp;Thiết lập xã của tôi…</translation>
    </message>
    <message>
        <source>Mở lại trình hướng dẫn thiết lập để tạo sổ dữ liệu cho xã mình</source>
        <translation>Mở lại trình hướng dẫn thiết lập để tạo sổ dữ liệu cho xã mình</translation>
    </message>
    <message>
        <source>Mở xã &amp;mẫu (số liệu thử)</source>
        <translation>Mở xã &amp;mẫu (số liệu thử)</translation>
    </message>
    <message>
        <source>Xuất &amp;gói gửi cấp trên…</source>
        <translation>Xuất &amp;gói gửi cấp trên…</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu đã ký ra USB hoặc thư mục để gửi nơi thẩm định</source>
        <translation>Ghi gói dữ liệu đã ký ra USB hoặc thư mục để gửi nơi thẩm định</translation>
    </message>
    <message>
        <source>&amp;In hồ sơ…</source>
        <translation>&amp;In hồ sơ…</translation>
    </message>
    <message>
        <source>Lập hồ sơ đề nghị công nhận rồi in</source>
        <translation>Lập hồ sơ đề nghị công nhận rồi in</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>Thông tin xã, năm đánh giá, ngôn ngữ, ảnh</source>
        <translation>Thông tin xã, năm đánh giá, ngôn ngữ, ảnh</translation>
    </message>
    <message>
        <source>Xem thử chương trình với số liệu của một xã mẫu</source>
        <translation>Xem thử chương trình với số liệu của một xã mẫu</translation>
    </message>
    <message>
        <source>Mở sổ dữ liệu</source>
        <translation>Mở sổ dữ liệu</translation>
    </message>
    <message>
        <source>Sổ dữ liệu NTM (*.ntm.sqlite)</source>
        <translation>Sổ dữ liệu NTM (*.ntm.sqlite)</translation>
    </message>
    <message>
        <source>Xã mẫu (số liệu thử): %1</source>
        <translation>Xã mẫu (số liệu thử): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;XÃ MẪU — SỐ LIỆU THỬ.&lt;/b&gt; Đây không phải sổ dữ liệu của xã bạn: đừng nhập số liệu thật vào đây. Gói dữ liệu xuất từ xã mẫu bị nơi thẩm định từ chối.</source>
        <translation>&lt;b&gt;XÃ MẪU — SỐ LIỆU THỬ.&lt;/b&gt; Đây không phải sổ dữ liệu của xã bạn: đừng nhập số liệu thật vào đây. Gói dữ liệu xuất từ xã mẫu bị nơi thẩm định từ chối.</translation>
    </message>
    <message>
        <source>Mở sổ của xã tôi</source>
        <translation>Mở sổ của xã tôi</translation>
    </message>
    <message>
        <source>Thiết lập xã của tôi…</source>
        <translation>Thiết lập xã của tôi…</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>Đã đặt lại bố cục.</source>
        <translation>Đã đặt lại bố cục.</translation>
    </message>
    <message>
        <source>XÃ MẪU (số liệu thử)</source>
        <translation>XÃ MẪU (số liệu thử)</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu</source>
        <translation>Chưa mở sổ dữ liệu</translation>
    </message>
    <message>
        <source>Sổ: %1</source>
        <translation>Sổ: %1</translation>
    </message>
    <message>
        <source>Giới thiệu NTM Desktop</source>
        <translation>Giới thiệu NTM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NTM Desktop %1&lt;/h3&gt;&lt;p&gt;Sổ theo dõi xây dựng nông thôn mới cho cán bộ xã: tự đánh giá tiêu chí, hạ tầng, dự án và nguồn vốn, đóng góp của người dân, lập hồ sơ và đồng bộ dữ liệu — hoạt động hoàn toàn không cần Internet.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NTM Desktop %1&lt;/h3&gt;&lt;p&gt;Sổ theo dõi xây dựng nông thôn mới cho cán bộ xã: tự đánh giá tiêu chí, hạ tầng, dự án và nguồn vốn, đóng góp của người dân, lập hồ sơ và đồng bộ dữ liệu — hoạt động hoàn toàn không cần Internet.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Chọn một mục để mở trang tương ứng (Ctrl+1 … Ctrl+8)</source>
        <translation>Chọn một mục để mở trang tương ứng (Ctrl+1 … Ctrl+8)</translation>
    </message>
    <message>
        <source>Điều hướng</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Chỉnh sửa</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục dữ liệu</source>
        <translation>Mở &amp;thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Mở thư mục chứa sổ dữ liệu, bản sao lưu và nhật ký</source>
        <translation>Mở thư mục chứa sổ dữ liệu, bản sao lưu và nhật ký</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Đóng chương trình (dữ liệu đã được lưu tự động)</source>
        <translation>Đóng chương trình (dữ liệu đã được lưu tự động)</translation>
    </message>
    <message>
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>Mở thư mục nhật ký để gửi cho bộ phận hỗ trợ khi có lỗi</source>
        <translation>Mở thư mục nhật ký để gửi cho bộ phận hỗ trợ khi có lỗi</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu NTM Desktop</source>
        <translation>&amp;Giới thiệu NTM Desktop</translation>
    </message>
    <message>
        <source>Phiên bản, giấy phép và thông tin về chương trình</source>
        <translation>Phiên bản, giấy phép và thông tin về chương trình</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Tổng quan</source>
        <extracomment>Written next to the bundled assets by build.spec: the ntm_desktop modules the bundle must contain (the spec&apos;s hidden imports). Absent outside a PyInstaller bundle. Where ``ntm-desktop --self-test`` writes its report when there is no console (windowed executable on Windows): ``%TEMP%\ntm-desktop-selftest.txt``. Tracebacks of failed checks, for support: ``&lt;temp&gt;/ntm-selftest-details.txt``. Modules never imported by the self-test: entry points run main() on import; devtools are build-time helpers.</extracomment>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Tình hình đạt chuẩn của xã và các việc cần làm</source>
        <translation>Tình hình đạt chuẩn của xã và các việc cần làm</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Tự đánh giá từng tiêu chí và chỉ tiêu</source>
        <translation>Tự đánh giá từng tiêu chí và chỉ tiêu</translation>
    </message>
    <message>
        <source>Hạ tầng</source>
        <translation>Hạ tầng</translation>
    </message>
    <message>
        <source>Đường, trường, trạm, chợ và các công trình khác</source>
        <translation>Đường, trường, trạm, chợ và các công trình khác</translation>
    </message>
    <message>
        <source>Dự án &amp; nguồn vốn</source>
        <translation>Dự án &amp; nguồn vốn</translation>
    </message>
    <message>
        <source>Dự án đầu tư, nguồn vốn và quyết toán</source>
        <translation>Dự án đầu tư, nguồn vốn và quyết toán</translation>
    </message>
    <message>
        <source>Đóng góp</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Đóng góp của người dân và tổ chức</source>
        <translation>Đóng góp của người dân và tổ chức</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Lập hồ sơ, báo cáo và tài liệu đính kèm</source>
        <translation>Lập hồ sơ, báo cáo và tài liệu đính kèm</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Trao đổi gói dữ liệu với cơ quan cấp trên</source>
        <translation>Trao đổi gói dữ liệu với cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Nhật ký mọi thay đổi của sổ dữ liệu</source>
        <translation>Nhật ký mọi thay đổi của sổ dữ liệu</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <extracomment>the page&apos;s navigation title and tip (context &quot;Navigation&quot;)</extracomment>
        <translation>Bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn tỉnh quyết định, căn cứ pháp lý; ban hành cho các xã</source>
        <translation>Mức đạt chuẩn tỉnh quyết định, căn cứ pháp lý; ban hành cho các xã</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>triệu đồng</source>
        <translation>triệu đồng</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>đồng</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Hồ sơ năm %1: %2</source>
        <translation>Hồ sơ năm %1: %2</translation>
    </message>
    <message>
        <source>tiêu chí đạt chuẩn — năm %1</source>
        <translation>tiêu chí đạt chuẩn — năm %1</translation>
    </message>
    <message>
        <source>Xếp loại: %1</source>
        <translation>Xếp loại: %1</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Không gian thẩm định&lt;/h3&gt;&lt;p&gt;Thư mục dữ liệu này chứa không gian thẩm định (%1). Khởi động lại chương trình để mở cửa sổ thẩm định. Bạn vẫn có thể mở xã mẫu để xem giao diện của xã.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Không gian thẩm định&lt;/h3&gt;&lt;p&gt;Thư mục dữ liệu này chứa không gian thẩm định (%1). Khởi động lại chương trình để mở cửa sổ thẩm định. Bạn vẫn có thể mở xã mẫu để xem giao diện của xã.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Đã quá thời hạn</source>
        <translation>Đã quá thời hạn</translation>
    </message>
    <message>
        <source>Việc cần làm (%1 chỉ tiêu, theo thời hạn)</source>
        <translation>Việc cần làm (%1 chỉ tiêu, theo thời hạn)</translation>
    </message>
    <message>
        <source>Không còn chỉ tiêu nào chưa đạt.</source>
        <translation>Không còn chỉ tiêu nào chưa đạt.</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1: tự đánh giá “%2” nhưng số liệu cho kết quả “%3”.</source>
        <translation>Chỉ tiêu %1: tự đánh giá “%2” nhưng số liệu cho kết quả “%3”.</translation>
    </message>
    <message>
        <source>Nguy cơ bị thu hồi quyết định công nhận đạt chuẩn.</source>
        <translation>Nguy cơ bị thu hồi quyết định công nhận đạt chuẩn.</translation>
    </message>
    <message>
        <source>Xã đã được công nhận phải duy trì đủ các tiêu chí: có tiêu chí chưa đạt hoặc chưa xác định.</source>
        <translation>Xã đã được công nhận phải duy trì đủ các tiêu chí: có tiêu chí chưa đạt hoặc chưa xác định.</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu tự đánh giá “Đạt” chưa có minh chứng (ảnh, tài liệu).</source>
        <translation>%1 chỉ tiêu tự đánh giá “Đạt” chưa có minh chứng (ảnh, tài liệu).</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu chưa có số liệu.</source>
        <translation>%1 chỉ tiêu chưa có số liệu.</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu có mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh.</source>
        <translation>%1 chỉ tiêu có mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh.</translation>
    </message>
    <message>
        <source>Không có cảnh báo.</source>
        <translation>Không có cảnh báo.</translation>
    </message>
    <message>
        <source>Không còn nợ đọng xây dựng cơ bản</source>
        <translation>Không còn nợ đọng xây dựng cơ bản</translation>
    </message>
    <message>
        <source>Còn nợ đọng xây dựng cơ bản: %1</source>
        <translation>Còn nợ đọng xây dựng cơ bản: %1</translation>
    </message>
    <message>
        <source>Người dân hài lòng: %1 (khảo sát %2); mức tối thiểu theo quy định của tỉnh</source>
        <translation>Người dân hài lòng: %1 (khảo sát %2); mức tối thiểu theo quy định của tỉnh</translation>
    </message>
    <message>
        <source>Chưa có kết quả khảo sát sự hài lòng của người dân</source>
        <translation>Chưa có kết quả khảo sát sự hài lòng của người dân</translation>
    </message>
    <message>
        <source>Đạt đủ các tiêu chí</source>
        <translation>Đạt đủ các tiêu chí</translation>
    </message>
    <message>
        <source>Chưa đạt đủ các tiêu chí</source>
        <translation>Chưa đạt đủ các tiêu chí</translation>
    </message>
    <message>
        <source>Nhập kết quả khảo sát sự hài lòng…</source>
        <translation>Nhập kết quả khảo sát sự hài lòng…</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>gói số %1</source>
        <translation>gói số %1</translation>
    </message>
    <message>
        <source>%1 ý kiến, nhận ngày %2</source>
        <translation>%1 ý kiến, nhận ngày %2</translation>
    </message>
    <message>
        <source>Gửi lần cuối: %1</source>
        <translation>Gửi lần cuối: %1</translation>
    </message>
    <message>
        <source>Phản hồi thẩm định: %1</source>
        <translation>Phản hồi thẩm định: %1</translation>
    </message>
    <message>
        <source>Số tiêu chí đạt</source>
        <translation>Số tiêu chí đạt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chưa mở sổ dữ liệu của xã&lt;/h3&gt;&lt;p&gt;Thiết lập sổ cho xã của bạn (chọn xã, bộ tiêu chí, các thôn) hoặc mở xã mẫu để xem thử chương trình.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Chưa mở sổ dữ liệu của xã&lt;/h3&gt;&lt;p&gt;Thiết lập sổ cho xã của bạn (chọn xã, bộ tiêu chí, các thôn) hoặc mở xã mẫu để xem thử chương trình.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Thiết lập sổ dữ liệu…</source>
        <translation>&amp;Thiết lập sổ dữ liệu…</translation>
    </message>
    <message>
        <source>Mở &amp;xã mẫu (demo)</source>
        <translation>Mở &amp;xã mẫu (demo)</translation>
    </message>
    <message>
        <source>Tình trạng các tiêu chí (bấm vào một tiêu chí để xem chi tiết)</source>
        <translation>Tình trạng các tiêu chí (bấm vào một tiêu chí để xem chi tiết)</translation>
    </message>
    <message>
        <source>Việc cần làm (theo thời hạn)</source>
        <translation>Việc cần làm (theo thời hạn)</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Bấm để mở chỉ tiêu ở trang Tiêu chí</source>
        <translation>Bấm để mở chỉ tiêu ở trang Tiêu chí</translation>
    </message>
    <message>
        <source>Bấm để mở chỉ tiêu liên quan</source>
        <translation>Bấm để mở chỉ tiêu liên quan</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Phụ trách</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Điều kiện công nhận</source>
        <translation>Điều kiện công nhận</translation>
    </message>
    <message>
        <source>Gửi và nhận dữ liệu</source>
        <translation>Gửi và nhận dữ liệu</translation>
    </message>
</context>
<context>
    <name>PackagesTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Loại gói</source>
        <translation>Loại gói</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Gửi đi</source>
        <translation>Gửi đi</translation>
    </message>
    <message>
        <source>Nhận về</source>
        <translation>Nhận về</translation>
    </message>
    <message>
        <source>%1 thay đổi; mã hồ sơ %2</source>
        <translation>%1 thay đổi; mã hồ sơ %2</translation>
    </message>
    <message>
        <source>%1 thay đổi; từ %2</source>
        <translation>%1 thay đổi; từ %2</translation>
    </message>
    <message>
        <source>Gói cập nhật</source>
        <translation>Gói cập nhật</translation>
    </message>
    <message>
        <source>Gói đầy đủ</source>
        <translation>Gói đầy đủ</translation>
    </message>
    <message>
        <source>Phản hồi thẩm định</source>
        <translation>Phản hồi thẩm định</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Đã có, bỏ qua</source>
        <translation>Đã có, bỏ qua</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Để riêng: khóa chưa đăng ký</source>
        <translation>Để riêng: khóa chưa đăng ký</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Xem trước hồ sơ</source>
        <translation>Xem trước hồ sơ</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Thu phóng:</source>
        <translation>Thu phóng:</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>In hồ sơ</source>
        <translation>In hồ sơ</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Đang xây dựng</source>
        <translation>Đang xây dựng</translation>
    </message>
    <message>
        <source>Trang này đang được xây dựng và sẽ có trong một phiên bản sắp tới. Dữ liệu của bạn vẫn an toàn; các trang khác vẫn dùng được bình thường.</source>
        <translation>Trang này đang được xây dựng và sẽ có trong một phiên bản sắp tới. Dữ liệu của bạn vẫn an toàn; các trang khác vẫn dùng được bình thường.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Tổng mức đầu tư</source>
        <translation>Tổng mức đầu tư</translation>
    </message>
    <message>
        <source>Nợ đọng XDCB</source>
        <translation>Nợ đọng XDCB</translation>
    </message>
    <message>
        <source>(Không ghi)</source>
        <translation>(Không ghi)</translation>
    </message>
    <message>
        <source>(Chưa rõ)</source>
        <translation>(Chưa rõ)</translation>
    </message>
    <message>
        <source>Tên dự án</source>
        <translation>Tên dự án</translation>
    </message>
    <message>
        <source>Ngày khởi công</source>
        <translation>Ngày khởi công</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Sửa dự án</source>
        <translation>Sửa dự án</translation>
    </message>
    <message>
        <source>Thêm dự án</source>
        <translation>Thêm dự án</translation>
    </message>
    <message>
        <source>Ngày hoàn thành không được trước ngày khởi công.</source>
        <translation>Ngày hoàn thành không được trước ngày khởi công.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tổng nguồn vốn:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tổng nguồn vốn:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>bằng %1 tổng mức đầu tư</source>
        <translation>bằng %1 tổng mức đầu tư</translation>
    </message>
    <message>
        <source> — còn thiếu %1</source>
        <translation> — còn thiếu %1</translation>
    </message>
    <message>
        <source> — vượt %1</source>
        <translation> — vượt %1</translation>
    </message>
    <message>
        <source>Đã chọn %1 công trình.</source>
        <translation>Đã chọn %1 công trình.</translation>
    </message>
    <message>
        <source>Công trình liên quan (%1)</source>
        <translation>Công trình liên quan (%1)</translation>
    </message>
    <message>
        <source>Sửa dự án “%1”</source>
        <translation>Sửa dự án “%1”</translation>
    </message>
    <message>
        <source>Thêm dự án “%1”</source>
        <translation>Thêm dự án “%1”</translation>
    </message>
    <message>
        <source>Tệp đính kèm (%1)</source>
        <translation>Tệp đính kèm (%1)</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Thông tin và nguồn vốn</source>
        <translation>Thông tin và nguồn vốn</translation>
    </message>
    <message>
        <source>&amp;Tên dự án: *</source>
        <translation>&amp;Tên dự án: *</translation>
    </message>
    <message>
        <source>&amp;Lĩnh vực:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>Tình trạng dự án</source>
        <translation>Tình trạng dự án</translation>
    </message>
    <message>
        <source>&amp;Quyết toán:</source>
        <translation>&amp;Quyết toán:</translation>
    </message>
    <message>
        <source>Tình trạng quyết toán</source>
        <translation>Tình trạng quyết toán</translation>
    </message>
    <message>
        <source>Tổng &amp;mức đầu tư (đồng):</source>
        <translation>Tổng &amp;mức đầu tư (đồng):</translation>
    </message>
    <message>
        <source>Nợ đọng &amp;XDCB (đồng):</source>
        <translation>Nợ đọng &amp;XDCB (đồng):</translation>
    </message>
    <message>
        <source>Ngày &amp;khởi công:</source>
        <translation>Ngày &amp;khởi công:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 10/05/2023</source>
        <translation>ngày/tháng/năm, ví dụ 10/05/2023</translation>
    </message>
    <message>
        <source>Ngày &amp;hoàn thành:</source>
        <translation>Ngày &amp;hoàn thành:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/01/2024</source>
        <translation>ngày/tháng/năm, ví dụ 05/01/2024</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Nguồn vốn (đồng)</source>
        <translation>Nguồn vốn (đồng)</translation>
    </message>
    <message>
        <source>Công trình liên quan</source>
        <translation>Công trình liên quan</translation>
    </message>
    <message>
        <source>Đánh dấu các công trình trong danh mục hạ tầng do dự án này đầu tư.</source>
        <translation>Đánh dấu các công trình trong danh mục hạ tầng do dự án này đầu tư.</translation>
    </message>
    <message>
        <source>Tìm công trình</source>
        <translation>Tìm công trình</translation>
    </message>
    <message>
        <source>Tìm công trình theo tên (không cần dấu)</source>
        <translation>Tìm công trình theo tên (không cần dấu)</translation>
    </message>
    <message>
        <source>Công trình hạ tầng</source>
        <translation>Công trình hạ tầng</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Ảnh hiện trường, quyết định phê duyệt, biên bản nghiệm thu, hồ sơ quyết toán… của dự án. Tệp được lưu cùng dự án khi bấm “Lưu”.</source>
        <translation>Ảnh hiện trường, quyết định phê duyệt, biên bản nghiệm thu, hồ sơ quyết toán… của dự án. Tệp được lưu cùng dự án khi bấm “Lưu”.</translation>
    </message>
    <message>
        <source>Các ô có dấu * là bắt buộc.</source>
        <translation>Các ô có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Nguồn</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Triệu đồng</source>
        <translation>Triệu đồng</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu.</source>
        <translation>Chưa mở sổ dữ liệu.</translation>
    </message>
    <message>
        <source>Chưa có dự án nào. Bấm “Thêm dự án” để ghi dự án, tổng mức đầu tư và các nguồn vốn.</source>
        <translation>Chưa có dự án nào. Bấm “Thêm dự án” để ghi dự án, tổng mức đầu tư và các nguồn vốn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tổng cộng:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tổng cộng:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Không có dự án nào còn nợ đọng.</source>
        <translation>Không có dự án nào còn nợ đọng.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8c1d18&apos;&gt;&lt;b&gt;Tổng nợ đọng: %1&lt;/b&gt;&lt;/span&gt; (%2 dự án)</source>
        <translation>&lt;span style=&apos;color:#8c1d18&apos;&gt;&lt;b&gt;Tổng nợ đọng: %1&lt;/b&gt;&lt;/span&gt; (%2 dự án)</translation>
    </message>
    <message>
        <source>%1 dự án</source>
        <translation>%1 dự án</translation>
    </message>
    <message>
        <source>Đang hiện %1 / %2 dự án</source>
        <translation>Đang hiện %1 / %2 dự án</translation>
    </message>
    <message>
        <source>Đã lưu dự án “%1”.</source>
        <translation>Đã lưu dự án “%1”.</translation>
    </message>
    <message>
        <source>Xóa dự án</source>
        <translation>Xóa dự án</translation>
    </message>
    <message>
        <source>Xóa dự án “%1”?</source>
        <translation>Xóa dự án “%1”?</translation>
    </message>
    <message>
        <source>&amp;Xóa dự án</source>
        <translation>&amp;Xóa dự án</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Không xóa</translation>
    </message>
    <message>
        <source>Nguồn vốn và liên kết công trình của dự án cũng bị xóa. Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Nguồn vốn và liên kết công trình của dự án cũng bị xóa. Có thể hoàn tác bằng Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa dự án “%1”</source>
        <translation>Xóa dự án “%1”</translation>
    </message>
    <message>
        <source>Đã xóa dự án “%1”. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Đã xóa dự án “%1”. Nhấn Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;Thêm dự án</source>
        <translation>&amp;Thêm dự án</translation>
    </message>
    <message>
        <source>Thêm một dự án mới (phím Insert)</source>
        <translation>Thêm một dự án mới (phím Insert)</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Sửa dự án đang chọn (phím Enter hoặc nhấp đúp)</source>
        <translation>Sửa dự án đang chọn (phím Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Xóa dự án đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Xóa dự án đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</translation>
    </message>
    <message>
        <source>Tìm dự án</source>
        <translation>Tìm dự án</translation>
    </message>
    <message>
        <source>Tìm dự án (không cần dấu)</source>
        <translation>Tìm dự án (không cần dấu)</translation>
    </message>
    <message>
        <source>Danh sách dự án</source>
        <translation>Danh sách dự án</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nguồn lực đã huy động&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nguồn lực đã huy động&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nguồn lực đã huy động theo nguồn</source>
        <translation>Nguồn lực đã huy động theo nguồn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nợ đọng xây dựng cơ bản&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nợ đọng xây dựng cơ bản&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectsTableModel</name>
    <message>
        <source>Tên dự án</source>
        <translation>Tên dự án</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư
(triệu đồng)</source>
        <translation>Tổng mức đầu tư
(triệu đồng)</translation>
    </message>
    <message>
        <source>Vốn đã huy động
(triệu đồng)</source>
        <translation>Vốn đã huy động
(triệu đồng)</translation>
    </message>
    <message>
        <source>So với
tổng mức</source>
        <translation>So với
tổng mức</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Quyết toán</source>
        <translation>Quyết toán</translation>
    </message>
    <message>
        <source>Nợ đọng XDCB
(triệu đồng)</source>
        <translation>Nợ đọng XDCB
(triệu đồng)</translation>
    </message>
    <message>
        <source>Khởi công</source>
        <translation>Khởi công</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Công trình</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <source>Dự án còn nợ đọng xây dựng cơ bản</source>
        <translation>Dự án còn nợ đọng xây dựng cơ bản</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Cách ly — các gói bị từ chối</source>
        <translation>Cách ly — các gói bị từ chối</translation>
    </message>
    <message>
        <source>Người gửi là điều gói tự khai, chưa được kiểm chứng. Không gói nào ở đây đã được nhập.</source>
        <translation>Người gửi là điều gói tự khai, chưa được kiểm chứng. Không gói nào ở đây đã được nhập.</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Người gửi (tự khai)</source>
        <translation>Người gửi (tự khai)</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Mã vân tay</translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Kiểm tra lại tất cả</source>
        <translation>Kiểm tra lại tất cả</translation>
    </message>
    <message>
        <source>Đăng ký khóa của gói…</source>
        <translation>Đăng ký khóa của gói…</translation>
    </message>
    <message>
        <source>Xóa…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Khóa của “%1” (xã %2), mã vân tay:
%3

Gọi điện cho cán bộ xã và so từng nhóm ký tự. Chỉ đăng ký khi khớp hoàn toàn.</source>
        <translation>Khóa của “%1” (xã %2), mã vân tay:
%3

Gọi điện cho cán bộ xã và so từng nhóm ký tự. Chỉ đăng ký khi khớp hoàn toàn.</translation>
    </message>
    <message>
        <source>Đăng ký khóa của xã</source>
        <translation>Đăng ký khóa của xã</translation>
    </message>
    <message>
        <source>Khớp — đăng ký và kiểm tra lại</source>
        <translation>Khớp — đăng ký và kiểm tra lại</translation>
    </message>
    <message>
        <source>Không khớp</source>
        <translation>Không khớp</translation>
    </message>
    <message>
        <source>Xóa hẳn %1 tệp khỏi thư mục cách ly? Không khôi phục được.</source>
        <translation>Xóa hẳn %1 tệp khỏi thư mục cách ly? Không khôi phục được.</translation>
    </message>
    <message>
        <source>Xóa tệp bị cách ly</source>
        <translation>Xóa tệp bị cách ly</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Không xóa</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp</source>
        <translation>Người/đơn vị đóng góp</translation>
    </message>
    <message>
        <source>Ví dụ: Hộ ông Nguyễn Văn A</source>
        <translation>Ví dụ: Hộ ông Nguyễn Văn A</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation>Tên thôn</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi (đồng)</source>
        <translation>Đơn giá quy đổi (đồng)</translation>
    </message>
    <message>
        <source>Giá trị quy đổi (đồng)</source>
        <translation>Giá trị quy đổi (đồng)</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Tên dự án</source>
        <translation>Tên dự án</translation>
    </message>
    <message>
        <source>Số biên nhận</source>
        <translation>Số biên nhận</translation>
    </message>
    <message>
        <source>&amp;Ghi khoản (Enter)</source>
        <translation>&amp;Ghi khoản (Enter)</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp *</source>
        <translation>Người/đơn vị đóng góp *</translation>
    </message>
    <message>
        <source>Số lượng *</source>
        <translation>Số lượng *</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi</source>
        <translation>Đơn giá quy đổi</translation>
    </message>
    <message>
        <source>Giá trị (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Không có thôn “%1”.</source>
        <translation>Không có thôn “%1”.</translation>
    </message>
    <message>
        <source>Không có dự án “%1”.</source>
        <translation>Không có dự án “%1”.</translation>
    </message>
    <message>
        <source>Số lượng phải lớn hơn 0.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Enter: sang ô tiếp theo; Enter ở ô cuối: ghi khoản và bắt đầu dòng mới. Esc: xóa dòng đang nhập.</source>
        <translation>Enter: sang ô tiếp theo; Enter ở ô cuối: ghi khoản và bắt đầu dòng mới. Esc: xóa dòng đang nhập.</translation>
    </message>
    <message>
        <source>Sửa khoản đóng góp của %1</source>
        <translation>Sửa khoản đóng góp của %1</translation>
    </message>
    <message>
        <source>Thêm khoản đóng góp của %1</source>
        <translation>Thêm khoản đóng góp của %1</translation>
    </message>
    <message>
        <source>✓ Đã ghi: %1 — %2.</source>
        <translation>✓ Đã ghi: %1 — %2.</translation>
    </message>
    <message>
        <source>&amp;Lưu thay đổi (Enter)</source>
        <translation>&amp;Lưu thay đổi (Enter)</translation>
    </message>
    <message>
        <source>Đang sửa khoản của %1. Esc: thôi sửa.</source>
        <translation>Đang sửa khoản của %1. Esc: thôi sửa.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Khôi phục bản đã chọn…</source>
        <translation>&amp;Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Chọn tệp &amp;khác…</source>
        <translation>Chọn tệp &amp;khác…</translation>
    </message>
    <message>
        <source>Khôi phục từ một tệp sao lưu ở nơi khác (USB…)</source>
        <translation>Khôi phục từ một tệp sao lưu ở nơi khác (USB…)</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Thư mục sao lưu: %1</source>
        <translation>Thư mục sao lưu: %1</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Bản sao lưu sổ dữ liệu (*.sqlite)</source>
        <translation>Bản sao lưu sổ dữ liệu (*.sqlite)</translation>
    </message>
    <message>
        <source>Khôi phục sổ dữ liệu?</source>
        <translation>Khôi phục sổ dữ liệu?</translation>
    </message>
    <message>
        <source>Đưa sổ dữ liệu về bản sao lưu lúc %1?</source>
        <translation>Đưa sổ dữ liệu về bản sao lưu lúc %1?</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Không khôi phục</source>
        <translation>&amp;Không khôi phục</translation>
    </message>
    <message>
        <source>Những thay đổi sau thời điểm đó sẽ không còn trong sổ. Sổ dữ liệu hiện tại được giữ lại thành một bản sao “Trước khi khôi phục”.</source>
        <translation>Những thay đổi sau thời điểm đó sẽ không còn trong sổ. Sổ dữ liệu hiện tại được giữ lại thành một bản sao “Trước khi khôi phục”.</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu cần khôi phục. Sổ dữ liệu sẽ trở về đúng như lúc sao lưu; sổ dữ liệu hiện tại vẫn được giữ lại thành một bản sao “Trước khi khôi phục”, nên có thể quay lại nếu chọn nhầm.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Sổ dữ liệu sẽ trở về đúng như lúc sao lưu; sổ dữ liệu hiện tại vẫn được giữ lại thành một bản sao “Trước khi khôi phục”, nên có thể quay lại nếu chọn nhầm.</translation>
    </message>
    <message>
        <source>Ngày giờ sao lưu</source>
        <translation>Ngày giờ sao lưu</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào của sổ dữ liệu này. Hãy dùng “Tệp → Sao lưu ngay”.</source>
        <translation>Chưa có bản sao lưu nào của sổ dữ liệu này. Hãy dùng “Tệp → Sao lưu ngay”.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Xã:</source>
        <translation>Xã:</translation>
    </message>
    <message>
        <source>Trả lại xã…</source>
        <translation>Trả lại xã…</translation>
    </message>
    <message>
        <source>Phê duyệt…</source>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <source>Xuất phản hồi…</source>
        <translation>Xuất phản hồi…</translation>
    </message>
    <message>
        <source>In báo cáo thẩm định…</source>
        <translation>In báo cáo thẩm định…</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Hạ tầng</source>
        <translation>Hạ tầng</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư (triệu đồng)</source>
        <translation>Tổng mức đầu tư (triệu đồng)</translation>
    </message>
    <message>
        <source>Khởi công</source>
        <translation>Khởi công</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Nợ đọng (triệu đồng)</source>
        <translation>Nợ đọng (triệu đồng)</translation>
    </message>
    <message>
        <source>Dự án và nguồn vốn</source>
        <translation>Dự án và nguồn vốn</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Người đóng góp</source>
        <translation>Người đóng góp</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Đóng góp</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Người quyết định</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Lịch sử quyết định</source>
        <translation>Lịch sử quyết định</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tiêu chí, chỉ tiêu</source>
        <translation>Tiêu chí, chỉ tiêu</translation>
    </message>
    <message>
        <source>Xã báo cáo</source>
        <translation>Xã báo cáo</translation>
    </message>
    <message>
        <source>Xã tự đánh giá</source>
        <translation>Xã tự đánh giá</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
    <message>
        <source>Kết quả thẩm định</source>
        <translation>Kết quả thẩm định</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định chỉ tiêu</source>
        <translation>Ý kiến thẩm định chỉ tiêu</translation>
    </message>
    <message>
        <source>Thống nhất</source>
        <translation>Thống nhất</translation>
    </message>
    <message>
        <source>Không thống nhất</source>
        <translation>Không thống nhất</translation>
    </message>
    <message>
        <source>(theo ý kiến)</source>
        <translation>(theo ý kiến)</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>số liệu thẩm định, nếu khác số của xã</source>
        <translation>số liệu thẩm định, nếu khác số của xã</translation>
    </message>
    <message>
        <source>Số liệu:</source>
        <translation>Số liệu:</translation>
    </message>
    <message>
        <source>Nhận xét:</source>
        <translation>Nhận xét:</translation>
    </message>
    <message>
        <source>Ghi ý kiến</source>
        <translation>Ghi ý kiến</translation>
    </message>
    <message>
        <source>Minh chứng (nhấp đúp để xem; ngày và nơi chụp ở chú thích):</source>
        <translation>Minh chứng (nhấp đúp để xem; ngày và nơi chụp ở chú thích):</translation>
    </message>
    <message>
        <source>Xã chưa gửi minh chứng cho chỉ tiêu này.</source>
        <translation>Xã chưa gửi minh chứng cho chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Tiêu chí và chỉ tiêu</source>
        <translation>Tiêu chí và chỉ tiêu</translation>
    </message>
    <message>
        <source>Từ gói gần nhất</source>
        <translation>Từ gói gần nhất</translation>
    </message>
    <message>
        <source>Từ quyết định gần nhất</source>
        <translation>Từ quyết định gần nhất</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Đang đọc dữ liệu của xã…</source>
        <translation>Đang đọc dữ liệu của xã…</translation>
    </message>
    <message>
        <source>năm %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>%1 tự đánh giá đạt %2/%3 tiêu chí; theo thẩm định đạt %4/%3. Không thống nhất %5 chỉ tiêu; chưa thẩm định %6 chỉ tiêu.</source>
        <translation>%1 tự đánh giá đạt %2/%3 tiêu chí; theo thẩm định đạt %4/%3. Không thống nhất %5 chỉ tiêu; chưa thẩm định %6 chỉ tiêu.</translation>
    </message>
    <message>
        <source>Ý kiến đã gửi: %1</source>
        <translation>Ý kiến đã gửi: %1</translation>
    </message>
    <message>
        <source>Chưa có quyết định nào.</source>
        <translation>Chưa có quyết định nào.</translation>
    </message>
    <message>
        <source>Không có thay đổi từ quyết định ngày %1.</source>
        <translation>Không có thay đổi từ quyết định ngày %1.</translation>
    </message>
    <message>
        <source>Tổng nguồn lực huy động: %1 triệu đồng.</source>
        <translation>Tổng nguồn lực huy động: %1 triệu đồng.</translation>
    </message>
    <message>
        <source>Tiền mặt %1 triệu đồng; %2 ngày công; %3 m² đất; quy ra tiền %4 triệu đồng.</source>
        <translation>Tiền mặt %1 triệu đồng; %2 ngày công; %3 m² đất; quy ra tiền %4 triệu đồng.</translation>
    </message>
    <message>
        <source>%1 không thống nhất</source>
        <translation>%1 không thống nhất</translation>
    </message>
    <message>
        <source>Chưa thẩm định</source>
        <translation>Chưa thẩm định</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Mức đạt chuẩn: %1</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Không có thay đổi.</source>
        <translation>Không có thay đổi.</translation>
    </message>
    <message>
        <source>Chọn một chỉ tiêu.</source>
        <translation>Chọn một chỉ tiêu.</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1 — xã báo cáo: %2</source>
        <translation>Mức đạt chuẩn: %1 — xã báo cáo: %2</translation>
    </message>
    <message>
        <source>chưa có (chờ bộ tiêu chí của tỉnh)</source>
        <translation>chưa có (chờ bộ tiêu chí của tỉnh)</translation>
    </message>
    <message>
        <source>Chọn Thống nhất hoặc Không thống nhất.</source>
        <translation>Chọn Thống nhất hoặc Không thống nhất.</translation>
    </message>
    <message>
        <source>Trả lại hồ sơ cho xã</source>
        <translation>Trả lại hồ sơ cho xã</translation>
    </message>
    <message>
        <source>Trả lại và xuất phản hồi</source>
        <translation>Trả lại và xuất phản hồi</translation>
    </message>
    <message>
        <source>Đang ký gói phản hồi…</source>
        <translation>Đang ký gói phản hồi…</translation>
    </message>
    <message>
        <source>Phê duyệt và khóa năm đánh giá</source>
        <translation>Phê duyệt và khóa năm đánh giá</translation>
    </message>
    <message>
        <source>Phê duyệt và xuất phản hồi</source>
        <translation>Phê duyệt và xuất phản hồi</translation>
    </message>
    <message>
        <source>Xuất gói phản hồi cho xã</source>
        <translation>Xuất gói phản hồi cho xã</translation>
    </message>
    <message>
        <source>Xuất phản hồi</source>
        <translation>Xuất phản hồi</translation>
    </message>
    <message>
        <source>Đã ghi gói phản hồi %1 — gửi tệp này cho xã.</source>
        <translation>Đã ghi gói phản hồi %1 — gửi tệp này cho xã.</translation>
    </message>
    <message>
        <source>Lưu báo cáo thẩm định</source>
        <translation>Lưu báo cáo thẩm định</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Đang in báo cáo…</source>
        <translation>Đang in báo cáo…</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo thẩm định %1 (%2 trang).</source>
        <translation>Đã ghi báo cáo thẩm định %1 (%2 trang).</translation>
    </message>
</context>
<context>
    <name>RollupPage</name>
    <message>
        <source>Tổng hợp</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Số liệu tính đến ngày:</source>
        <translation>Số liệu tính đến ngày:</translation>
    </message>
    <message>
        <source>Tổng hợp lại</source>
        <translation>Tổng hợp lại</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Nguồn vốn</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <source>Triệu đồng</source>
        <translation>Triệu đồng</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Nguồn lực</source>
        <translation>Nguồn lực</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Tiêu chí đạt</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Mức</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Nguy cơ thu hồi</source>
        <translation>Nguy cơ thu hồi</translation>
    </message>
    <message>
        <source>Còn phải hoàn thành</source>
        <translation>Còn phải hoàn thành</translation>
    </message>
    <message>
        <source>Đăng ký đạt chuẩn năm nay</source>
        <translation>Đăng ký đạt chuẩn năm nay</translation>
    </message>
    <message>
        <source>Nội dung báo cáo</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Đang tổng hợp…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <source>%1 xã; bình quân đạt %2 tiêu chí/xã; %3 xã đạt chuẩn đủ %4 tiêu chí.</source>
        <translation>%1 xã; bình quân đạt %2 tiêu chí/xã; %3 xã đạt chuẩn đủ %4 tiêu chí.</translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Nhân dân đóng góp bằng tiền</source>
        <translation>Nhân dân đóng góp bằng tiền</translation>
    </message>
    <message>
        <source>thu hồi</source>
        <translation>thu hồi</translation>
    </message>
    <message>
        <source>cảnh báo</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>Số xã theo số tiêu chí đạt</source>
        <translation>Số xã theo số tiêu chí đạt</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Số xã</translation>
    </message>
    <message>
        <source>Số tiêu chí đạt</source>
        <translation>Số tiêu chí đạt</translation>
    </message>
    <message>
        <source>%1 tiêu chí: %2/%3 xã, chiếm %4</source>
        <translation>%1 tiêu chí: %2/%3 xã, chiếm %4</translation>
    </message>
    <message>
        <source>Tỷ lệ xã đạt từng tiêu chí (%)</source>
        <translation>Tỷ lệ xã đạt từng tiêu chí (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ xã đạt</source>
        <translation>Tỷ lệ xã đạt</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo tổng hợp</source>
        <translation>Lưu báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Đang ghi báo cáo…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Thông tin xã</source>
        <translation>Thông tin xã</translation>
    </message>
    <message>
        <source>&amp;Tên xã:</source>
        <translation>&amp;Tên xã:</translation>
    </message>
    <message>
        <source>Mã xã, tỉnh:</source>
        <translation>Mã xã, tỉnh:</translation>
    </message>
    <message>
        <source>&amp;Bộ tiêu chí:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Vùng:</source>
        <translation>&amp;Vùng:</translation>
    </message>
    <message>
        <source>Xã ĐBKK hoặc ATK: áp dụng mức đạt chuẩn của vùng Trung du và miền núi phía Bắc (QĐ 318)</source>
        <translation>Xã ĐBKK hoặc ATK: áp dụng mức đạt chuẩn của vùng Trung du và miền núi phía Bắc (QĐ 318)</translation>
    </message>
    <message>
        <source>&amp;Nhóm xã:</source>
        <translation>&amp;Nhóm xã:</translation>
    </message>
    <message>
        <source>&amp;Người phụ trách:</source>
        <translation>&amp;Người phụ trách:</translation>
    </message>
    <message>
        <source>C&amp;hức vụ:</source>
        <translation>C&amp;hức vụ:</translation>
    </message>
    <message>
        <source>Năm đăng ký đạt &amp;chuẩn:</source>
        <translation>Năm đăng ký đạt &amp;chuẩn:</translation>
    </message>
    <message>
        <source>— chưa có —</source>
        <translation>— chưa có —</translation>
    </message>
    <message>
        <source>Năm được công &amp;nhận:</source>
        <translation>Năm được công &amp;nhận:</translation>
    </message>
    <message>
        <source>— chưa được công nhận —</source>
        <translation>— chưa được công nhận —</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Năm đánh &amp;giá:</source>
        <translation>Năm đánh &amp;giá:</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực từ lần mở chương trình tiếp theo.</source>
        <translation>Ngôn ngữ mới có hiệu lực từ lần mở chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>Cỡ ảnh &amp;tối đa (điểm ảnh):</source>
        <translation>Cỡ ảnh &amp;tối đa (điểm ảnh):</translation>
    </message>
    <message>
        <source>Ảnh minh chứng lớn hơn sẽ được thu nhỏ khi thêm vào sổ, giúp sổ và gói dữ liệu gọn nhẹ.</source>
        <translation>Ảnh minh chứng lớn hơn sẽ được thu nhỏ khi thêm vào sổ, giúp sổ và gói dữ liệu gọn nhẹ.</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Thôn, bản…</source>
        <translation>&amp;Thôn, bản…</translation>
    </message>
    <message>
        <source>Sửa thông tin xã</source>
        <translation>Sửa thông tin xã</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Số hộ được hỏi</source>
        <translation>Số hộ được hỏi</translation>
    </message>
    <message>
        <source>Ngày khảo sát</source>
        <translation>Ngày khảo sát</translation>
    </message>
    <message>
        <source>Số hộ hài lòng</source>
        <translation>Số hộ hài lòng</translation>
    </message>
    <message>
        <source>Số hộ hài lòng (%1) không được lớn hơn số hộ được hỏi (%2).</source>
        <translation>Số hộ hài lòng (%1) không được lớn hơn số hộ được hỏi (%2).</translation>
    </message>
    <message>
        <source>(đã có kết quả, sửa rồi bấm Lưu để cập nhật)</source>
        <translation>(đã có kết quả, sửa rồi bấm Lưu để cập nhật)</translation>
    </message>
    <message>
        <source>(chưa có kết quả)</source>
        <translation>(chưa có kết quả)</translation>
    </message>
    <message>
        <source>Nhập kết quả khảo sát sự hài lòng năm %1</source>
        <translation>Nhập kết quả khảo sát sự hài lòng năm %1</translation>
    </message>
    <message>
        <source>Đã lưu kết quả khảo sát sự hài lòng năm %1.</source>
        <translation>Đã lưu kết quả khảo sát sự hài lòng năm %1.</translation>
    </message>
    <message>
        <source>Kết quả khảo sát sự hài lòng của người dân</source>
        <translation>Kết quả khảo sát sự hài lòng của người dân</translation>
    </message>
    <message>
        <source>Kết quả lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới — một điều kiện để xã được công nhận đạt chuẩn. Mỗi năm có một kết quả; lưu lại sẽ thay kết quả cũ của năm đó.</source>
        <translation>Kết quả lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới — một điều kiện để xã được công nhận đạt chuẩn. Mỗi năm có một kết quả; lưu lại sẽ thay kết quả cũ của năm đó.</translation>
    </message>
    <message>
        <source>&amp;Năm khảo sát</source>
        <translation>&amp;Năm khảo sát</translation>
    </message>
    <message>
        <source>Số hộ được &amp;hỏi ý kiến</source>
        <translation>Số hộ được &amp;hỏi ý kiến</translation>
    </message>
    <message>
        <source>Số hộ &amp;hài lòng</source>
        <translation>Số hộ &amp;hài lòng</translation>
    </message>
    <message>
        <source>Tỷ lệ hài lòng</source>
        <translation>Tỷ lệ hài lòng</translation>
    </message>
    <message>
        <source>&amp;Ngày khảo sát</source>
        <translation>&amp;Ngày khảo sát</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/03/2025</source>
        <translation>ngày/tháng/năm, ví dụ 05/03/2025</translation>
    </message>
    <message>
        <source>Đơn vị &amp;tổ chức</source>
        <translation>Đơn vị &amp;tổ chức</translation>
    </message>
    <message>
        <source>Ghi &amp;chú</source>
        <translation>Ghi &amp;chú</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Chưa mở sổ dữ liệu của xã.</source>
        <translation>Chưa mở sổ dữ liệu của xã.</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Mã vân tay</translation>
    </message>
    <message>
        <source>%1 — mã khóa %2</source>
        <translation>%1 — mã khóa %2</translation>
    </message>
    <message>
        <source>Khóa nơi thẩm định đã đăng ký: %1 (%2)</source>
        <translation>Khóa nơi thẩm định đã đăng ký: %1 (%2)</translation>
    </message>
    <message>
        <source>Chưa đăng ký khóa của nơi thẩm định: gói phản hồi sẽ được để riêng cho đến khi đăng ký.</source>
        <translation>Chưa đăng ký khóa của nơi thẩm định: gói phản hồi sẽ được để riêng cho đến khi đăng ký.</translation>
    </message>
    <message>
        <source>(Chưa chọn — bấm “Chọn thư mục…”)</source>
        <translation>(Chưa chọn — bấm “Chọn thư mục…”)</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Chọn thư mục lưu gói dữ liệu</translation>
    </message>
    <message>
        <source>Mật khẩu khóa ký</source>
        <translation>Mật khẩu khóa ký</translation>
    </message>
    <message>
        <source>Nhập mật khẩu của khóa ký:</source>
        <translation>Nhập mật khẩu của khóa ký:</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Hãy cắm USB hoặc chọn thư mục lưu gói trước.</source>
        <translation>Hãy cắm USB hoặc chọn thư mục lưu gói trước.</translation>
    </message>
    <message>
        <source>Đang xuất gói dữ liệu…</source>
        <translation>Đang xuất gói dữ liệu…</translation>
    </message>
    <message>
        <source>Đang ký và ghi gói dữ liệu…</source>
        <translation>Đang ký và ghi gói dữ liệu…</translation>
    </message>
    <message>
        <source>Chưa gửi hay nhận gói nào. Cắm USB (hoặc chọn thư mục) rồi bấm “Xuất gói dữ liệu”.</source>
        <translation>Chưa gửi hay nhận gói nào. Cắm USB (hoặc chọn thư mục) rồi bấm “Xuất gói dữ liệu”.</translation>
    </message>
    <message>
        <source>USB %1 — còn trống %2</source>
        <translation>USB %1 — còn trống %2</translation>
    </message>
    <message>
        <source>✓ Đã xuất gói số %1 (%2 thay đổi, %3 tệp đính kèm):
%4
trong thư mục %6
Mã hồ sơ: %5</source>
        <translation>✓ Đã xuất gói số %1 (%2 thay đổi, %3 tệp đính kèm):
%4
trong thư mục %6
Mã hồ sơ: %5</translation>
    </message>
    <message>
        <source>Đã xuất gói dữ liệu.</source>
        <translation>Đã xuất gói dữ liệu.</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu cần nhập</source>
        <translation>Chọn gói dữ liệu cần nhập</translation>
    </message>
    <message>
        <source>Gói dữ liệu NTM (*.ntmpkg)</source>
        <translation>Gói dữ liệu NTM (*.ntmpkg)</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhập %1 tệp…</source>
        <translation>Đang kiểm tra và nhập %1 tệp…</translation>
    </message>
    <message>
        <source>Đang kiểm tra chữ ký và nhập gói dữ liệu…</source>
        <translation>Đang kiểm tra chữ ký và nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Đã nhận bộ tiêu chí của tỉnh, phiên bản %1, căn cứ %2.</source>
        <translation>Đã nhận bộ tiêu chí của tỉnh, phiên bản %1, căn cứ %2.</translation>
    </message>
    <message>
        <source>%1: đã kiểm tra chữ ký và nhập gói số %2 (%3 thay đổi).</source>
        <translation>%1: đã kiểm tra chữ ký và nhập gói số %2 (%3 thay đổi).</translation>
    </message>
    <message>
        <source>%1: gói này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>%1: gói này đã được nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>mã lỗi: %1</source>
        <translation>mã lỗi: %1</translation>
    </message>
    <message>
        <source>Hãy gọi điện cho nơi thẩm định để so mã vân tay, bấm “Đăng ký khóa nơi thẩm định…”, rồi nhập lại tệp.</source>
        <translation>Hãy gọi điện cho nơi thẩm định để so mã vân tay, bấm “Đăng ký khóa nơi thẩm định…”, rồi nhập lại tệp.</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu cần kiểm tra</source>
        <translation>Chọn gói dữ liệu cần kiểm tra</translation>
    </message>
    <message>
        <source>Đang kiểm tra %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Đang kiểm tra chữ ký gói dữ liệu…</source>
        <translation>Đang kiểm tra chữ ký gói dữ liệu…</translation>
    </message>
    <message>
        <source>gói hợp lệ — chữ ký đúng, mọi tệp thành phần khớp. Chưa nhập gì vào sổ dữ liệu.</source>
        <translation>gói hợp lệ — chữ ký đúng, mọi tệp thành phần khớp. Chưa nhập gì vào sổ dữ liệu.</translation>
    </message>
    <message>
        <source>gói hợp lệ và đã được nhập trước đây.</source>
        <translation>gói hợp lệ và đã được nhập trước đây.</translation>
    </message>
    <message>
        <source>Loại: %1 · gói số %2 · người gửi: %3</source>
        <translation>Loại: %1 · gói số %2 · người gửi: %3</translation>
    </message>
    <message>
        <source>Mã vân tay người ký: %1</source>
        <translation>Mã vân tay người ký: %1</translation>
    </message>
    <message>
        <source>Mã hồ sơ %1 khớp với gói dữ liệu này.</source>
        <translation>Mã hồ sơ %1 khớp với gói dữ liệu này.</translation>
    </message>
    <message>
        <source>Mã hồ sơ %1 KHÔNG khớp với gói dữ liệu này (mã của gói: %2).</source>
        <translation>Mã hồ sơ %1 KHÔNG khớp với gói dữ liệu này (mã của gói: %2).</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa công khai</source>
        <translation>Lưu thẻ khóa công khai</translation>
    </message>
    <message>
        <source>Thẻ khóa NTM (*.json)</source>
        <translation>Thẻ khóa NTM (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu thẻ khóa công khai: %1</source>
        <translation>Đã lưu thẻ khóa công khai: %1</translation>
    </message>
    <message>
        <source>Gửi dữ liệu cho nơi thẩm định</source>
        <translation>Gửi dữ liệu cho nơi thẩm định</translation>
    </message>
    <message>
        <source>&amp;Lưu gói vào:</source>
        <translation>&amp;Lưu gói vào:</translation>
    </message>
    <message>
        <source>Ổ USB đang cắm hoặc thư mục sẽ chứa tệp gói dữ liệu</source>
        <translation>Ổ USB đang cắm hoặc thư mục sẽ chứa tệp gói dữ liệu</translation>
    </message>
    <message>
        <source>Tìm lại USB</source>
        <translation>Tìm lại USB</translation>
    </message>
    <message>
        <source>Tìm lại các ổ USB vừa cắm vào máy</source>
        <translation>Tìm lại các ổ USB vừa cắm vào máy</translation>
    </message>
    <message>
        <source>&amp;Chọn thư mục…</source>
        <translation>&amp;Chọn thư mục…</translation>
    </message>
    <message>
        <source>Gửi &amp;bản đầy đủ (toàn bộ dữ liệu, khi nơi nhận chưa có hoặc mất dữ liệu)</source>
        <translation>Gửi &amp;bản đầy đủ (toàn bộ dữ liệu, khi nơi nhận chưa có hoặc mất dữ liệu)</translation>
    </message>
    <message>
        <source>&amp;Xuất gói dữ liệu</source>
        <translation>&amp;Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Ký và ghi các thay đổi chưa gửi thành một tệp .ntmpkg</source>
        <translation>Ký và ghi các thay đổi chưa gửi thành một tệp .ntmpkg</translation>
    </message>
    <message>
        <source>Nhận gói từ nơi thẩm định</source>
        <translation>Nhận gói từ nơi thẩm định</translation>
    </message>
    <message>
        <source>Nhập gói phản hồi kết quả thẩm định hoặc bộ tiêu chí của tỉnh. Có thể kéo thả tệp .ntmpkg vào cửa sổ chương trình.</source>
        <translation>Nhập gói phản hồi kết quả thẩm định hoặc bộ tiêu chí của tỉnh. Có thể kéo thả tệp .ntmpkg vào cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Nhập gói…</translation>
    </message>
    <message>
        <source>Kiểm tra chữ ký rồi nhập một hoặc nhiều tệp .ntmpkg</source>
        <translation>Kiểm tra chữ ký rồi nhập một hoặc nhiều tệp .ntmpkg</translation>
    </message>
    <message>
        <source>Đăng ký &amp;khóa nơi thẩm định…</source>
        <translation>Đăng ký &amp;khóa nơi thẩm định…</translation>
    </message>
    <message>
        <source>Đăng ký thẻ khóa công khai của nơi thẩm định sau khi so mã vân tay qua điện thoại</source>
        <translation>Đăng ký thẻ khóa công khai của nơi thẩm định sau khi so mã vân tay qua điện thoại</translation>
    </message>
    <message>
        <source>Kiể&amp;m tra gói (không nhập)…</source>
        <translation>Kiể&amp;m tra gói (không nhập)…</translation>
    </message>
    <message>
        <source>Kiểm tra chữ ký và các tệp thành phần của một tệp .ntmpkg mà không nhập gì vào sổ dữ liệu</source>
        <translation>Kiểm tra chữ ký và các tệp thành phần của một tệp .ntmpkg mà không nhập gì vào sổ dữ liệu</translation>
    </message>
    <message>
        <source>đối chiếu mã &amp;hồ sơ:</source>
        <translation>đối chiếu mã &amp;hồ sơ:</translation>
    </message>
    <message>
        <source>Mã hồ sơ cần đối chiếu</source>
        <translation>Mã hồ sơ cần đối chiếu</translation>
    </message>
    <message>
        <source>NTM-… (không bắt buộc)</source>
        <translation>NTM-… (không bắt buộc)</translation>
    </message>
    <message>
        <source>Mã hồ sơ in trên hồ sơ giấy; để trống nếu không cần đối chiếu</source>
        <translation>Mã hồ sơ in trên hồ sơ giấy; để trống nếu không cần đối chiếu</translation>
    </message>
    <message>
        <source>Khóa ký của xã</source>
        <translation>Khóa ký của xã</translation>
    </message>
    <message>
        <source>Mã QR của khóa</source>
        <translation>Mã QR của khóa</translation>
    </message>
    <message>
        <source>Mã vân tay (đọc cho nơi thẩm định khi đối chiếu):</source>
        <translation>Mã vân tay (đọc cho nơi thẩm định khi đối chiếu):</translation>
    </message>
    <message>
        <source>&amp;In thẻ khóa…</source>
        <translation>&amp;In thẻ khóa…</translation>
    </message>
    <message>
        <source>In mã vân tay và mã QR để gửi kèm hồ sơ giấy</source>
        <translation>In mã vân tay và mã QR để gửi kèm hồ sơ giấy</translation>
    </message>
    <message>
        <source>Xuất thẻ khóa côn&amp;g khai…</source>
        <translation>Xuất thẻ khóa côn&amp;g khai…</translation>
    </message>
    <message>
        <source>Đổi khó&amp;a ký…</source>
        <translation>Đổi khó&amp;a ký…</translation>
    </message>
    <message>
        <source>Ghi thẻ khóa công khai (tệp .json) để nơi thẩm định đăng ký</source>
        <translation>Ghi thẻ khóa công khai (tệp .json) để nơi thẩm định đăng ký</translation>
    </message>
    <message>
        <source>Tạo khóa ký mới khi khóa cũ bị lộ hoặc máy bị mất; khóa cũ ký thông báo đổi khóa gửi kèm các gói sau</source>
        <translation>Tạo khóa ký mới khi khóa cũ bị lộ hoặc máy bị mất; khóa cũ ký thông báo đổi khóa gửi kèm các gói sau</translation>
    </message>
    <message>
        <source>Các gói đã gửi và đã nhận</source>
        <translation>Các gói đã gửi và đã nhận</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Đăng &amp;ký khóa</source>
        <translation>Đăng &amp;ký khóa</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa công khai</source>
        <translation>Chọn thẻ khóa công khai</translation>
    </message>
    <message>
        <source>Thẻ khóa NTM (*.json)</source>
        <translation>Thẻ khóa NTM (*.json)</translation>
    </message>
    <message>
        <source>Thẻ khóa của: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Thẻ khóa của: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>THẺ KHÓA KÝ GÓI DỮ LIỆU NÔNG THÔN MỚI</source>
        <translation>THẺ KHÓA KÝ GÓI DỮ LIỆU NÔNG THÔN MỚI</translation>
    </message>
    <message>
        <source>Nơi nhận đối chiếu mã vân tay này (qua điện thoại hoặc quét mã QR) trước khi đăng ký khóa. Mã khóa: %1</source>
        <translation>Nơi nhận đối chiếu mã vân tay này (qua điện thoại hoặc quét mã QR) trước khi đăng ký khóa. Mã khóa: %1</translation>
    </message>
    <message>
        <source>In thẻ khóa</source>
        <translation>In thẻ khóa</translation>
    </message>
    <message>
        <source>Đăng ký khóa của nơi thẩm định</source>
        <translation>Đăng ký khóa của nơi thẩm định</translation>
    </message>
    <message>
        <source>Chọn tệp thẻ khóa công khai (.json) do nơi thẩm định gửi. Trước khi đăng ký, hãy gọi điện cho người gửi và so từng nhóm của mã vân tay: chỉ đăng ký khi khớp hoàn toàn.</source>
        <translation>Chọn tệp thẻ khóa công khai (.json) do nơi thẩm định gửi. Trước khi đăng ký, hãy gọi điện cho người gửi và so từng nhóm của mã vân tay: chỉ đăng ký khi khớp hoàn toàn.</translation>
    </message>
    <message>
        <source>Chưa chọn thẻ khóa</source>
        <translation>Chưa chọn thẻ khóa</translation>
    </message>
    <message>
        <source>&amp;Chọn thẻ khóa…</source>
        <translation>&amp;Chọn thẻ khóa…</translation>
    </message>
    <message>
        <source>Tôi đã gọi điện và người gửi đọc &amp;đúng mã vân tay này</source>
        <translation>Tôi đã gọi điện và người gửi đọc &amp;đúng mã vân tay này</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đã xảy ra lỗi không mong muốn.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đã xảy ra lỗi không mong muốn.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dữ liệu đã lưu trước đó vẫn an toàn. Thao tác vừa rồi có thể chưa hoàn tất — hãy kiểm tra lại rồi thử lần nữa. Nếu lỗi lặp lại, hãy sao chép thông tin chi tiết dưới đây (hoặc gửi tệp trong thư mục nhật ký) cho bộ phận hỗ trợ.</source>
        <translation>Dữ liệu đã lưu trước đó vẫn an toàn. Thao tác vừa rồi có thể chưa hoàn tất — hãy kiểm tra lại rồi thử lần nữa. Nếu lỗi lặp lại, hãy sao chép thông tin chi tiết dưới đây (hoặc gửi tệp trong thư mục nhật ký) cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Thông tin chi tiết về lỗi</source>
        <translation>Thông tin chi tiết về lỗi</translation>
    </message>
    <message>
        <source>&amp;Sao chép chi tiết</source>
        <translation>&amp;Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Chép thông tin chi tiết vào bộ nhớ tạm</source>
        <translation>Chép thông tin chi tiết vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <source>Mở thư mục chứa tệp nhật ký của chương trình</source>
        <translation>Mở thư mục chứa tệp nhật ký của chương trình</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>VillagesDialog</name>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Sửa thôn “%1”</source>
        <translation>Sửa thôn “%1”</translation>
    </message>
    <message>
        <source>Thêm thôn “%1”</source>
        <translation>Thêm thôn “%1”</translation>
    </message>
    <message>
        <source>Xóa thôn, bản?</source>
        <translation>Xóa thôn, bản?</translation>
    </message>
    <message>
        <source>Xóa “%1” khỏi danh sách thôn, bản?</source>
        <translation>Xóa “%1” khỏi danh sách thôn, bản?</translation>
    </message>
    <message>
        <source>&amp;Xóa thôn</source>
        <translation>&amp;Xóa thôn</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Không xóa</translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng nút “Hoàn tác” (Ctrl+Z).</source>
        <translation>Có thể hoàn tác bằng nút “Hoàn tác” (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Xóa thôn “%1”</source>
        <translation>Xóa thôn “%1”</translation>
    </message>
    <message>
        <source>%1 công trình hạ tầng</source>
        <translation>%1 công trình hạ tầng</translation>
    </message>
    <message>
        <source>%1 khoản đóng góp</source>
        <translation>%1 khoản đóng góp</translation>
    </message>
    <message>
        <source>Không xóa được “%1”: vẫn còn %2 thuộc thôn này.</source>
        <translation>Không xóa được “%1”: vẫn còn %2 thuộc thôn này.</translation>
    </message>
    <message>
        <source> và </source>
        <translation> và </translation>
    </message>
    <message>
        <source>dữ liệu</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>Không xóa được thôn</source>
        <translation>Không xóa được thôn</translation>
    </message>
    <message>
        <source>Hãy chuyển các công trình và khoản đóng góp đó sang thôn khác (hoặc xóa chúng) trước, rồi xóa thôn.</source>
        <translation>Hãy chuyển các công trình và khoản đóng góp đó sang thôn khác (hoặc xóa chúng) trước, rồi xóa thôn.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Thôn, bản</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <source>Danh sách thôn, bản của xã. Bấm đúp vào một ô (hoặc nhấn F2) để sửa; số hộ và số nhân khẩu dùng để tính các tỷ lệ theo thôn.</source>
        <translation>Danh sách thôn, bản của xã. Bấm đúp vào một ô (hoặc nhấn F2) để sửa; số hộ và số nhân khẩu dùng để tính các tỷ lệ theo thôn.</translation>
    </message>
    <message>
        <source>&amp;Xóa thôn đã chọn…</source>
        <translation>&amp;Xóa thôn đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Thêm thôn, bản</source>
        <translation>Thêm thôn, bản</translation>
    </message>
    <message>
        <source>&amp;Tên thôn, bản</source>
        <translation>&amp;Tên thôn, bản</translation>
    </message>
    <message>
        <source>Số &amp;hộ</source>
        <translation>Số &amp;hộ</translation>
    </message>
    <message>
        <source>Số &amp;nhân khẩu</source>
        <translation>Số &amp;nhân khẩu</translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Đồng Tâm</source>
        <translation>Ví dụ: Thôn Đồng Tâm</translation>
    </message>
    <message>
        <source>&amp;Thêm</source>
        <translation>&amp;Thêm</translation>
    </message>
</context>
<context>
    <name>VillagesTableModel</name>
    <message>
        <source>Tên thôn, bản</source>
        <translation>Tên thôn, bản</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Số nhân khẩu</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Hãy nhập tên thôn, bản.</source>
        <translation>Hãy nhập tên thôn, bản.</translation>
    </message>
    <message>
        <source>Tên thôn, bản dài quá 200 ký tự.</source>
        <translation>Tên thôn, bản dài quá 200 ký tự.</translation>
    </message>
    <message>
        <source>Đã có thôn “%1”.</source>
        <translation>Đã có thôn “%1”.</translation>
    </message>
    <message>
        <source>“%1” phải là số nguyên.</source>
        <translation>“%1” phải là số nguyên.</translation>
    </message>
    <message>
        <source>“%1” không được là số âm.</source>
        <translation>“%1” không được là số âm.</translation>
    </message>
    <message>
        <source>Bấm đúp hoặc nhấn F2 để sửa</source>
        <translation>Bấm đúp hoặc nhấn F2 để sửa</translation>
    </message>
</context>
<context>
    <name>_ProgressDialogDriver</name>
    <message>
        <source>Đang xử lý</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Đang xử lý, vui lòng chờ…</source>
        <translation>Đang xử lý, vui lòng chờ…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Đang hủy…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>desktop_jobs</name>
    <message>
        <source>Tự động</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <source>Thiếu thông tin: {label} ({key}).</source>
        <translation>Thiếu thông tin: {label} ({key}).</translation>
    </message>
    <message>
        <source>Chưa nhập quyết định của tỉnh quy định thủ tục xét, công nhận xã đạt chuẩn ({key}).</source>
        <translation>Chưa nhập quyết định của tỉnh quy định thủ tục xét, công nhận xã đạt chuẩn ({key}).</translation>
    </message>
    <message>
        <source>Tiêu chí số {code} ({name}): chưa đạt — chỉ tiêu {indicators}.</source>
        <translation>Tiêu chí số {code} ({name}): chưa đạt — chỉ tiêu {indicators}.</translation>
    </message>
    <message>
        <source>Tiêu chí số {code} ({name}): chưa xác định — chỉ tiêu {indicators}.</source>
        <translation>Tiêu chí số {code} ({name}): chưa xác định — chỉ tiêu {indicators}.</translation>
    </message>
    <message>
        <source>Điều kiện “{condition}” chưa đáp ứng: {evidence}.</source>
        <translation>Điều kiện “{condition}” chưa đáp ứng: {evidence}.</translation>
    </message>
    <message>
        <source>Điều kiện “{condition}” chưa được xác nhận: ghi “có” vào {field} và văn bản làm căn cứ vào {field}.can_cu.</source>
        <translation>Điều kiện “{condition}” chưa được xác nhận: ghi “có” vào {field} và văn bản làm căn cứ vào {field}.can_cu.</translation>
    </message>
    <message>
        <source>Ảnh {number} ({caption}) không có ngày chụp; ngày nhập {date} không trước ngày của hồ sơ.</source>
        <translation>Ảnh {number} ({caption}) không có ngày chụp; ngày nhập {date} không trước ngày của hồ sơ.</translation>
    </message>
    <message>
        <source>Chỉ tiêu {code} ({text}): chưa có mức đạt chuẩn được công bố áp dụng cho xã; cần bộ tiêu chí của tỉnh.</source>
        <translation>Chỉ tiêu {code} ({text}): chưa có mức đạt chuẩn được công bố áp dụng cho xã; cần bộ tiêu chí của tỉnh.</translation>
    </message>
    <message>
        <source>Chỉ tiêu {code} ({text}): giá trị {value} nằm ngoài khoảng hợp lý {range}; kiểm tra lại số liệu hoặc xác nhận bằng khóa {key}.</source>
        <translation>Chỉ tiêu {code} ({text}): giá trị {value} nằm ngoài khoảng hợp lý {range}; kiểm tra lại số liệu hoặc xác nhận bằng khóa {key}.</translation>
    </message>
    <message>
        <source>Họ và tên người ký</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>Kính gửi (cơ quan nhận tờ trình)</source>
        <translation>Kính gửi (cơ quan nhận tờ trình)</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Tổng số thành viên biểu quyết</source>
        <translation>Tổng số thành viên biểu quyết</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý</source>
        <translation>Số phiếu đồng ý</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Số phiếu vượt quá số thành viên</source>
        <translation>Số phiếu vượt quá số thành viên</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Giá trị “{value}” không phải là số hợp lệ trong JSON.</source>
        <translation>Giá trị “{value}” không phải là số hợp lệ trong JSON.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: {what} ({detail}).</source>
        <translation>Danh mục không hợp lệ tại {path}: {what} ({detail}).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí {catalog} không có tiêu chí “{code}”.</source>
        <translation>Bộ tiêu chí {catalog} không có tiêu chí “{code}”.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí {catalog} không có chỉ tiêu “{code}”.</source>
        <translation>Bộ tiêu chí {catalog} không có chỉ tiêu “{code}”.</translation>
    </message>
    <message>
        <source>{name} quá lớn ({size} byte; tối đa {limit}).</source>
        <translation>{name} quá lớn ({size} byte; tối đa {limit}).</translation>
    </message>
    <message>
        <source>{name} phải chứa một đối tượng JSON ở mức ngoài cùng.</source>
        <translation>{name} phải chứa một đối tượng JSON ở mức ngoài cùng.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số không hữu hạn (NaN/Infinity).</source>
        <translation>Danh mục không hợp lệ tại {path}: số không hữu hạn (NaN/Infinity).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” phải là “{criterion}” hoặc bắt đầu bằng “{criterion}.”.</source>
        <translation>Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” phải là “{criterion}” hoặc bắt đầu bằng “{criterion}.”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu loại “{kind}” chỉ dùng phép so sánh “=”, không dùng “{comparator}”.</source>
        <translation>Danh mục không hợp lệ tại {path}: chỉ tiêu loại “{kind}” chỉ dùng phép so sánh “=”, không dùng “{comparator}”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: năm bắt đầu lớn hơn năm kết thúc.</source>
        <translation>Danh mục không hợp lệ tại {path}: năm bắt đầu lớn hơn năm kết thúc.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng có tiêu chí then chốt phải nhỏ hơn hoặc bằng ngưỡng thu hồi chung.</source>
        <translation>Danh mục không hợp lệ tại {path}: ngưỡng có tiêu chí then chốt phải nhỏ hơn hoặc bằng ngưỡng thu hồi chung.</translation>
    </message>
    <message>
        <source>Danh mục phải là một đối tượng JSON.</source>
        <translation>Danh mục phải là một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Chỉ áp dụng được tệp điều chỉnh lên một bộ tiêu chí quốc gia.</source>
        <translation>Chỉ áp dụng được tệp điều chỉnh lên một bộ tiêu chí quốc gia.</translation>
    </message>
    <message>
        <source>“{id}” không phải tệp điều chỉnh (kind = overlay).</source>
        <translation>“{id}” không phải tệp điều chỉnh (kind = overlay).</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh “{id}” dành cho bộ tiêu chí “{base}”, không áp dụng được cho “{catalog}”.</source>
        <translation>Tệp điều chỉnh “{id}” dành cho bộ tiêu chí “{base}”, không áp dụng được cho “{catalog}”.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh “{id}” viết cho phiên bản {base_version} của “{catalog}”, nhưng phiên bản đang dùng là {version}.</source>
        <translation>Tệp điều chỉnh “{id}” viết cho phiên bản {base_version} của “{catalog}”, nhưng phiên bản đang dùng là {version}.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh “{id}” đã được áp dụng.</source>
        <translation>Tệp điều chỉnh “{id}” đã được áp dụng.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh (overlay) không dùng riêng được; hãy áp dụng nó lên bộ tiêu chí “{base}”.</source>
        <translation>Tệp điều chỉnh (overlay) không dùng riêng được; hãy áp dụng nó lên bộ tiêu chí “{base}”.</translation>
    </message>
    <message>
        <source>Tệp {name} khai báo id “{id}”, khác tên tệp.</source>
        <translation>Tệp {name} khai báo id “{id}”, khác tên tệp.</translation>
    </message>
    <message>
        <source>Không có bộ tiêu chí “{id}” (có sẵn: {known}).</source>
        <translation>Không có bộ tiêu chí “{id}” (có sẵn: {known}).</translation>
    </message>
    <message>
        <source>Khóa “{key}” xuất hiện hai lần trong cùng một đối tượng JSON.</source>
        <translation>Khóa “{key}” xuất hiện hai lần trong cùng một đối tượng JSON.</translation>
    </message>
    <message>
        <source>{name} không phải văn bản UTF-8 (byte lỗi ở vị trí {position}). Hãy lưu lại tệp với mã hóa UTF-8.</source>
        <translation>{name} không phải văn bản UTF-8 (byte lỗi ở vị trí {position}). Hãy lưu lại tệp với mã hóa UTF-8.</translation>
    </message>
    <message>
        <source>{name} không phải JSON hợp lệ: dòng {line}, cột {column} ({detail}). Tệp có thể bị cắt cụt hoặc sửa sai.</source>
        <translation>{name} không phải JSON hợp lệ: dòng {line}, cột {column} ({detail}). Tệp có thể bị cắt cụt hoặc sửa sai.</translation>
    </message>
    <message>
        <source>Tệp {name} quá lớn ({size} byte).</source>
        <translation>Tệp {name} quá lớn ({size} byte).</translation>
    </message>
    <message>
        <source>Không đọc được tệp danh mục {path}: {detail}.</source>
        <translation>Không đọc được tệp danh mục {path}: {detail}.</translation>
    </message>
    <message>
        <source>Không đọc được lược đồ danh mục {path}.</source>
        <translation>Không đọc được lược đồ danh mục {path}.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số đo tự tính “{measure}” không được hỗ trợ.</source>
        <translation>Danh mục không hợp lệ tại {path}: số đo tự tính “{measure}” không được hỗ trợ.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số đo “{measure}” là có/không nên chỉ tiêu phải thuộc loại “boolean”.</source>
        <translation>Danh mục không hợp lệ tại {path}: số đo “{measure}” là có/không nên chỉ tiêu phải thuộc loại “boolean”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số đo “{measure}” là tỷ lệ % nên chỉ tiêu phải thuộc loại “percent”.</source>
        <translation>Danh mục không hợp lệ tại {path}: số đo “{measure}” là tỷ lệ % nên chỉ tiêu phải thuộc loại “percent”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng phải là số, không phải true/false.</source>
        <translation>Danh mục không hợp lệ tại {path}: ngưỡng phải là số, không phải true/false.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: tỷ lệ phần trăm phải trong khoảng 0–100, không phải {value}.</source>
        <translation>Danh mục không hợp lệ tại {path}: tỷ lệ phần trăm phải trong khoảng 0–100, không phải {value}.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng không được âm ({value}).</source>
        <translation>Danh mục không hợp lệ tại {path}: ngưỡng không được âm ({value}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng đếm phải là số nguyên ({value}).</source>
        <translation>Danh mục không hợp lệ tại {path}: ngưỡng đếm phải là số nguyên ({value}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu có/không chỉ nhận ngưỡng 1 (Đạt).</source>
        <translation>Danh mục không hợp lệ tại {path}: chỉ tiêu có/không chỉ nhận ngưỡng 1 (Đạt).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu “Không” chỉ nhận ngưỡng 0.</source>
        <translation>Danh mục không hợp lệ tại {path}: chỉ tiêu “Không” chỉ nhận ngưỡng 0.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: “{value}” không phải giá trị hợp lệ của chiều “{dimension}” (cho phép: {allowed}).</source>
        <translation>Danh mục không hợp lệ tại {path}: “{value}” không phải giá trị hợp lệ của chiều “{dimension}” (cho phép: {allowed}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: hai ngưỡng cùng vùng/nhóm “{dimension_value}” và cùng năm “{year}”.</source>
        <translation>Danh mục không hợp lệ tại {path}: hai ngưỡng cùng vùng/nhóm “{dimension_value}” và cùng năm “{year}”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngày “{date}” không hợp lệ.</source>
        <translation>Danh mục không hợp lệ tại {path}: ngày “{date}” không hợp lệ.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã nhóm “{code}” bị trùng.</source>
        <translation>Danh mục không hợp lệ tại {path}: mã nhóm “{code}” bị trùng.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: tiêu chí “{code}” không có trong bộ.</source>
        <translation>Danh mục không hợp lệ tại {path}: tiêu chí “{code}” không có trong bộ.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: min lớn hơn max.</source>
        <translation>Danh mục không hợp lệ tại {path}: min lớn hơn max.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: vượt quá số tiêu chí của bộ ({total}).</source>
        <translation>Danh mục không hợp lệ tại {path}: vượt quá số tiêu chí của bộ ({total}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: điều chỉnh “{id}” được áp dụng hai lần.</source>
        <translation>Danh mục không hợp lệ tại {path}: điều chỉnh “{id}” được áp dụng hai lần.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được điều chỉnh hai lần.</source>
        <translation>Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được điều chỉnh hai lần.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được thêm hai lần.</source>
        <translation>Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được thêm hai lần.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh xóa chỉ tiêu “{code}” không có trong bộ “{catalog}”.</source>
        <translation>Tệp điều chỉnh xóa chỉ tiêu “{code}” không có trong bộ “{catalog}”.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh sửa chỉ tiêu “{code}” không có trong bộ “{catalog}”.</source>
        <translation>Tệp điều chỉnh sửa chỉ tiêu “{code}” không có trong bộ “{catalog}”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” đã có trong bộ “{catalog}”; dùng “override” để sửa.</source>
        <translation>Chỉ tiêu “{code}” đã có trong bộ “{catalog}”; dùng “override” để sửa.</translation>
    </message>
    <message>
        <source>Bộ “{catalog}” không có tiêu chí “{criterion}”.</source>
        <translation>Bộ “{catalog}” không có tiêu chí “{criterion}”.</translation>
    </message>
    <message>
        <source>Khóa “{key}” bị lặp (sau khi chuẩn hóa Unicode NFC).</source>
        <translation>Khóa “{key}” bị lặp (sau khi chuẩn hóa Unicode NFC).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã tiêu chí “{code}” bị trùng.</source>
        <translation>Danh mục không hợp lệ tại {path}: mã tiêu chí “{code}” bị trùng.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: các nhóm báo cáo chồng lên nhau.</source>
        <translation>Danh mục không hợp lệ tại {path}: các nhóm báo cáo chồng lên nhau.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{code}” trong tiêu chí “{criterion}”.</source>
        <translation>Không có chỉ tiêu “{code}” trong tiêu chí “{criterion}”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” bị trùng.</source>
        <translation>Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” bị trùng.</translation>
    </message>
    <message>
        <source>Giá trị của chỉ tiêu {code} không phải số hợp lệ.</source>
        <translation>Giá trị của chỉ tiêu {code} không phải số hợp lệ.</translation>
    </message>
    <message>
        <source>Trạng thái khai báo của chỉ tiêu {code} không hợp lệ: “{status}” (chọn một trong: {allowed}).</source>
        <translation>Trạng thái khai báo của chỉ tiêu {code} không hợp lệ: “{status}” (chọn một trong: {allowed}).</translation>
    </message>
    <message>
        <source>Năm đánh giá không hợp lệ: “{year}”.</source>
        <translation>Năm đánh giá không hợp lệ: “{year}”.</translation>
    </message>
    <message>
        <source>“{value}” không phải giá trị hợp lệ cho bộ tiêu chí {catalog} (theo {dimension}).</source>
        <translation>“{value}” không phải giá trị hợp lệ cho bộ tiêu chí {catalog} (theo {dimension}).</translation>
    </message>
    <message>
        <source>Giá trị của chỉ tiêu {code} phải là số, không phải “{value}”.</source>
        <translation>Giá trị của chỉ tiêu {code} phải là số, không phải “{value}”.</translation>
    </message>
    <message>
        <source>“{label}” phải là một số.</source>
        <translation>“{label}” phải là một số.</translation>
    </message>
    <message>
        <source>“{label}” không phải là một số hợp lệ.</source>
        <translation>“{label}” không phải là một số hợp lệ.</translation>
    </message>
    <message>
        <source>“{label}” không được nhỏ hơn {minimum}.</source>
        <translation>“{label}” không được nhỏ hơn {minimum}.</translation>
    </message>
    <message>
        <source>“{label}” không được lớn hơn {maximum}.</source>
        <translation>“{label}” không được lớn hơn {maximum}.</translation>
    </message>
    <message>
        <source>“{label}” dài quá {max_len} ký tự.</source>
        <translation>“{label}” dài quá {max_len} ký tự.</translation>
    </message>
    <message>
        <source>“{label}” không hợp lệ: “{value}” (chọn một trong: {allowed}).</source>
        <translation>“{label}” không hợp lệ: “{value}” (chọn một trong: {allowed}).</translation>
    </message>
    <message>
        <source>“{label}” không được là ngày trong tương lai ({value}).</source>
        <translation>“{label}” không được là ngày trong tương lai ({value}).</translation>
    </message>
    <message>
        <source>“{label}” quá xa trong quá khứ ({value}).</source>
        <translation>“{label}” quá xa trong quá khứ ({value}).</translation>
    </message>
    <message>
        <source>Mã xã phải gồm 5 chữ số (theo QĐ 19/2025/QĐ-TTg).</source>
        <translation>Mã xã phải gồm 5 chữ số (theo QĐ 19/2025/QĐ-TTg).</translation>
    </message>
    <message>
        <source>Ngày hoàn thành không được trước ngày khởi công.</source>
        <translation>Ngày hoàn thành không được trước ngày khởi công.</translation>
    </message>
    <message>
        <source>Số lượng phải lớn hơn 0.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Số hộ hài lòng không được lớn hơn số hộ được hỏi.</source>
        <translation>Số hộ hài lòng không được lớn hơn số hộ được hỏi.</translation>
    </message>
    <message>
        <source>Trường “{label}” là bắt buộc.</source>
        <translation>Trường “{label}” là bắt buộc.</translation>
    </message>
    <message>
        <source>“{label}” phải là một số, không phải “{value}”.</source>
        <translation>“{label}” phải là một số, không phải “{value}”.</translation>
    </message>
    <message>
        <source>“{label}” phải là số nguyên.</source>
        <translation>“{label}” phải là số nguyên.</translation>
    </message>
    <message>
        <source>Thuộc tính không có ở loại “{kind}”: {names}.</source>
        <translation>Thuộc tính không có ở loại “{kind}”: {names}.</translation>
    </message>
    <message>
        <source>Thuộc tính “{name}” phải là chữ hoặc số.</source>
        <translation>Thuộc tính “{name}” phải là chữ hoặc số.</translation>
    </message>
    <message>
        <source>“{label}” không phải ngày hợp lệ: “{value}” (dạng 2025-03-05 hoặc 05/03/2025).</source>
        <translation>“{label}” không phải ngày hợp lệ: “{value}” (dạng 2025-03-05 hoặc 05/03/2025).</translation>
    </message>
    <message>
        <source>“{label}” phải là có/không, không phải “{value}”.</source>
        <translation>“{label}” phải là có/không, không phải “{value}”.</translation>
    </message>
    <message>
        <source>Hãy nhập một số, ví dụ 85 hoặc 85,5.</source>
        <translation>Hãy nhập một số, ví dụ 85 hoặc 85,5.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” nhận số nguyên, không phải {value}.</source>
        <translation>Chỉ tiêu “{code}” nhận số nguyên, không phải {value}.</translation>
    </message>
    <message>
        <source>{name}: không phải danh mục hồ sơ ({format}).</source>
        <translation>{name}: không phải danh mục hồ sơ ({format}).</translation>
    </message>
    <message>
        <source>{name}: danh mục không có tài liệu nào.</source>
        <translation>{name}: danh mục không có tài liệu nào.</translation>
    </message>
    <message>
        <source>Không có danh mục hồ sơ “{id}” (có sẵn: {available}).</source>
        <translation>Không có danh mục hồ sơ “{id}” (có sẵn: {available}).</translation>
    </message>
    <message>
        <source>{name}: tài liệu số {number} thiếu id hoặc title.</source>
        <translation>{name}: tài liệu số {number} thiếu id hoặc title.</translation>
    </message>
    <message>
        <source>{name}: trùng tài liệu “{id}”.</source>
        <translation>{name}: trùng tài liệu “{id}”.</translation>
    </message>
    <message>
        <source>Không đọc được danh mục hồ sơ {name}: {reason}</source>
        <translation>Không đọc được danh mục hồ sơ {name}: {reason}</translation>
    </message>
    <message>
        <source>Hồ sơ còn thiếu {count} thông tin: {fields}. Nhập bằng “ntm dossier fields set KHÓA=GIÁ_TRỊ” hoặc in bản dự thảo với --draft.</source>
        <translation>Hồ sơ còn thiếu {count} thông tin: {fields}. Nhập bằng “ntm dossier fields set KHÓA=GIÁ_TRỊ” hoặc in bản dự thảo với --draft.</translation>
    </message>
    <message>
        <source>Chưa in được bản chính thức của hồ sơ: {count} nội dung chưa đáp ứng. {problems} Danh sách đủ: trang Hồ sơ hoặc lệnh “ntm dossier check”. Có thể in bản dự thảo kèm trang kiểm tra.</source>
        <translation>Chưa in được bản chính thức của hồ sơ: {count} nội dung chưa đáp ứng. {problems} Danh sách đủ: trang Hồ sơ hoặc lệnh “ntm dossier check”. Có thể in bản dự thảo kèm trang kiểm tra.</translation>
    </message>
    <message>
        <source>Không tìm thấy gói đồng bộ {path}.</source>
        <translation>Không tìm thấy gói đồng bộ {path}.</translation>
    </message>
    <message>
        <source>Gói {name} không chứa đúng dữ liệu hiện tại của sổ (dữ liệu đã thay đổi sau khi xuất gói, hoặc gói của sổ khác). Hãy xuất gói mới rồi in lại hồ sơ.</source>
        <translation>Gói {name} không chứa đúng dữ liệu hiện tại của sổ (dữ liệu đã thay đổi sau khi xuất gói, hoặc gói của sổ khác). Hãy xuất gói mới rồi in lại hồ sơ.</translation>
    </message>
    <message>
        <source>Không đọc được dấu vân tay khóa trong manifest.json của gói; hãy dùng --fingerprint.</source>
        <translation>Không đọc được dấu vân tay khóa trong manifest.json của gói; hãy dùng --fingerprint.</translation>
    </message>
    <message>
        <source>Khóa hồ sơ không xác định: “{key}” (xem “ntm dossier fields list --all”).</source>
        <translation>Khóa hồ sơ không xác định: “{key}” (xem “ntm dossier fields list --all”).</translation>
    </message>
    <message>
        <source>“{key}” không được âm.</source>
        <translation>“{key}” không được âm.</translation>
    </message>
    <message>
        <source>“{key}”: ngày không hợp lệ “{value}” (dạng 2025-03-05 hoặc 05/03/2025).</source>
        <translation>“{key}”: ngày không hợp lệ “{value}” (dạng 2025-03-05 hoặc 05/03/2025).</translation>
    </message>
    <message>
        <source>“{key}” phải là số nguyên, không phải “{value}”.</source>
        <translation>“{key}” phải là số nguyên, không phải “{value}”.</translation>
    </message>
    <message>
        <source>“{key}”: danh sách JSON không hợp lệ.</source>
        <translation>“{key}”: danh sách JSON không hợp lệ.</translation>
    </message>
    <message>
        <source>Thiếu phông chữ {file} trong {folder}.</source>
        <translation>Thiếu phông chữ {file} trong {folder}.</translation>
    </message>
    <message>
        <source>Cần ít nhất một nhóm tiêu chí.</source>
        <translation>Cần ít nhất một nhóm tiêu chí.</translation>
    </message>
    <message>
        <source>Không có xã nào để tổng hợp.</source>
        <translation>Không có xã nào để tổng hợp.</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí không hợp lệ: “{part}”.</source>
        <translation>Nhóm tiêu chí không hợp lệ: “{part}”.</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí không hợp lệ: “{part}” (ví dụ 15-18).</source>
        <translation>Nhóm tiêu chí không hợp lệ: “{part}” (ví dụ 15-18).</translation>
    </message>
    <message>
        <source>Không có thư mục {folder} để ghi {name}.</source>
        <translation>Không có thư mục {folder} để ghi {name}.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp: {reason}.</source>
        <translation>Không đọc hoặc ghi được tệp: {reason}.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{name}”: {reason}.</source>
        <translation>Không đọc hoặc ghi được tệp “{name}”: {reason}.</translation>
    </message>
    <message>
        <source>Hãy ghi ý kiến để xã biết cần sửa gì.</source>
        <translation>Hãy ghi ý kiến để xã biết cần sửa gì.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{code}” trong bản dự thảo.</source>
        <translation>Không có chỉ tiêu “{code}” trong bản dự thảo.</translation>
    </message>
    <message>
        <source>“{text}” không phải là số.</source>
        <translation>“{text}” không phải là số.</translation>
    </message>
    <message>
        <source>Tiêu chí {criterion} đã đủ 99 chỉ tiêu.</source>
        <translation>Tiêu chí {criterion} đã đủ 99 chỉ tiêu.</translation>
    </message>
    <message>
        <source>Không có tiêu chí “{criterion}”.</source>
        <translation>Không có tiêu chí “{criterion}”.</translation>
    </message>
    <message>
        <source>Quá nhiều chỉ tiêu (tối đa {limit}).</source>
        <translation>Quá nhiều chỉ tiêu (tối đa {limit}).</translation>
    </message>
    <message>
        <source>Tách thành 2 đến 20 chỉ tiêu.</source>
        <translation>Tách thành 2 đến 20 chỉ tiêu.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” đã bị bỏ.</source>
        <translation>Chỉ tiêu “{code}” đã bị bỏ.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{code}” đã bỏ.</source>
        <translation>Không có chỉ tiêu “{code}” đã bỏ.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí còn {count} lỗi, chưa ban hành được: {first}</source>
        <translation>Bộ tiêu chí còn {count} lỗi, chưa ban hành được: {first}</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” quá lớn.</source>
        <translation>Tệp Excel “{name}” quá lớn.</translation>
    </message>
    <message>
        <source>Bản dự thảo bộ tiêu chí không đọc được.</source>
        <translation>Bản dự thảo bộ tiêu chí không đọc được.</translation>
    </message>
    <message>
        <source>Cần số quyết định (ví dụ “15/2026/QĐ-UBND”).</source>
        <translation>Cần số quyết định (ví dụ “15/2026/QĐ-UBND”).</translation>
    </message>
    <message>
        <source>Cần cơ quan ban hành (ví dụ “UBND tỉnh …”).</source>
        <translation>Cần cơ quan ban hành (ví dụ “UBND tỉnh …”).</translation>
    </message>
    <message>
        <source>Cần ngày ban hành quyết định.</source>
        <translation>Cần ngày ban hành quyết định.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{code}” không hợp lệ (dạng “5” hoặc “5.2”).</source>
        <translation>Mã chỉ tiêu “{code}” không hợp lệ (dạng “5” hoặc “5.2”).</translation>
    </message>
    <message>
        <source>Cần nội dung chỉ tiêu.</source>
        <translation>Cần nội dung chỉ tiêu.</translation>
    </message>
    <message>
        <source>Đơn vị tính quá dài.</source>
        <translation>Đơn vị tính quá dài.</translation>
    </message>
    <message>
        <source>Loại chỉ tiêu không hợp lệ.</source>
        <translation>Loại chỉ tiêu không hợp lệ.</translation>
    </message>
    <message>
        <source>Phép so sánh phải là ≥, ≤ hoặc =.</source>
        <translation>Phép so sánh phải là ≥, ≤ hoặc =.</translation>
    </message>
    <message>
        <source>Năm áp dụng phải trong khoảng 2000–2100.</source>
        <translation>Năm áp dụng phải trong khoảng 2000–2100.</translation>
    </message>
    <message>
        <source>Chỉ tiêu tự tính từ sổ công trình phải giữ loại “{kind}”.</source>
        <translation>Chỉ tiêu tự tính từ sổ công trình phải giữ loại “{kind}”.</translation>
    </message>
    <message>
        <source>Mã bộ tiêu chí của tỉnh chỉ gồm chữ thường không dấu, số, “.”, “-”, “_” (2–64 ký tự).</source>
        <translation>Mã bộ tiêu chí của tỉnh chỉ gồm chữ thường không dấu, số, “.”, “-”, “_” (2–64 ký tự).</translation>
    </message>
    <message>
        <source>Phiên bản phải có dạng 1.0.0.</source>
        <translation>Phiên bản phải có dạng 1.0.0.</translation>
    </message>
    <message>
        <source>Cần tên bộ tiêu chí.</source>
        <translation>Cần tên bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Cần tên tỉnh.</source>
        <translation>Cần tên tỉnh.</translation>
    </message>
    <message>
        <source>Mã tỉnh gồm 2 chữ số.</source>
        <translation>Mã tỉnh gồm 2 chữ số.</translation>
    </message>
    <message>
        <source>“{value}” không phải vùng/nhóm xã của bộ tiêu chí này.</source>
        <translation>“{value}” không phải vùng/nhóm xã của bộ tiêu chí này.</translation>
    </message>
    <message>
        <source>Không có thay đổi so với phiên bản {last} đã ban hành; không cần ban hành lại.</source>
        <translation>Không có thay đổi so với phiên bản {last} đã ban hành; không cần ban hành lại.</translation>
    </message>
    <message>
        <source>Phiên bản {version} phải lớn hơn phiên bản đã ban hành {last}.</source>
        <translation>Phiên bản {version} phải lớn hơn phiên bản đã ban hành {last}.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {name}.</source>
        <translation>Không đọc được tệp {name}.</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” không phải bảng bộ tiêu chí (cần hai trang “{info}” và “{table}”).</source>
        <translation>Tệp Excel “{name}” không phải bảng bộ tiêu chí (cần hai trang “{info}” và “{table}”).</translation>
    </message>
    <message>
        <source>Tệp Excel ghi bộ tiêu chí quốc gia “{base}”, không có trong phần mềm.</source>
        <translation>Tệp Excel ghi bộ tiêu chí quốc gia “{base}”, không có trong phần mềm.</translation>
    </message>
    <message>
        <source>Trang “{sheet}” thiếu cột Mã hoặc Tiêu chí.</source>
        <translation>Trang “{sheet}” thiếu cột Mã hoặc Tiêu chí.</translation>
    </message>
    <message>
        <source>Số quyết định quá dài.</source>
        <translation>Số quyết định quá dài.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{code}” phải bắt đầu bằng “{criterion}.”.</source>
        <translation>Mã chỉ tiêu “{code}” phải bắt đầu bằng “{criterion}.”.</translation>
    </message>
    <message>
        <source>Nội dung chỉ tiêu quá dài.</source>
        <translation>Nội dung chỉ tiêu quá dài.</translation>
    </message>
    <message>
        <source>Chỉ tiêu Đạt/Không đạt chỉ dùng phép so sánh “=”.</source>
        <translation>Chỉ tiêu Đạt/Không đạt chỉ dùng phép so sánh “=”.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải trong khoảng 0–100, không phải {value}.</source>
        <translation>Tỷ lệ phải trong khoảng 0–100, không phải {value}.</translation>
    </message>
    <message>
        <source>Tiêu chí {criterion} phải còn ít nhất một chỉ tiêu.</source>
        <translation>Tiêu chí {criterion} phải còn ít nhất một chỉ tiêu.</translation>
    </message>
    <message>
        <source>Chỉ đổi được mã của chỉ tiêu tỉnh thêm.</source>
        <translation>Chỉ đổi được mã của chỉ tiêu tỉnh thêm.</translation>
    </message>
    <message>
        <source>Không sửa được mục “{column}”.</source>
        <translation>Không sửa được mục “{column}”.</translation>
    </message>
    <message>
        <source>Ngày “{date}” không hợp lệ.</source>
        <translation>Ngày “{date}” không hợp lệ.</translation>
    </message>
    <message>
        <source>Ngày ban hành {date} ở tương lai.</source>
        <translation>Ngày ban hành {date} ở tương lai.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{code}” bị trùng.</source>
        <translation>Mã chỉ tiêu “{code}” bị trùng.</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn không được âm.</source>
        <translation>Mức đạt chuẩn không được âm.</translation>
    </message>
    <message>
        <source>Chưa có mức đạt chuẩn cho {groups}: xã thuộc đó sẽ ở trạng thái “chưa xác định”.</source>
        <translation>Chưa có mức đạt chuẩn cho {groups}: xã thuộc đó sẽ ở trạng thái “chưa xác định”.</translation>
    </message>
    <message>
        <source>“{text}” không phải là năm.</source>
        <translation>“{text}” không phải là năm.</translation>
    </message>
    <message>
        <source>Số đếm phải là số nguyên.</source>
        <translation>Số đếm phải là số nguyên.</translation>
    </message>
    <message>
        <source>Chỉ tiêu Đạt/Không đạt chỉ nhận mức 1 (Đạt); để trống cũng được.</source>
        <translation>Chỉ tiêu Đạt/Không đạt chỉ nhận mức 1 (Đạt); để trống cũng được.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “phải không có” chỉ nhận mức 0.</source>
        <translation>Chỉ tiêu “phải không có” chỉ nhận mức 0.</translation>
    </message>
    <message>
        <source>{where}, cột {column}: {message}</source>
        <translation>{where}, cột {column}: {message}</translation>
    </message>
    <message>
        <source>Không sửa được cột “{column}”.</source>
        <translation>Không sửa được cột “{column}”.</translation>
    </message>
    <message>
        <source>Không gian thẩm định chưa có khóa ký. Chạy “ntm init appraiser”.</source>
        <translation>Không gian thẩm định chưa có khóa ký. Chạy “ntm init appraiser”.</translation>
    </message>
    <message>
        <source>Không gian thẩm định chỉ đăng ký khóa của xã.</source>
        <translation>Không gian thẩm định chỉ đăng ký khóa của xã.</translation>
    </message>
    <message>
        <source>Đã nhận bộ tiêu chí của tỉnh “{title}”, phiên bản {version}, căn cứ {basis}. Các chỉ tiêu từ nay được đánh giá theo bộ này (năm đã được phê duyệt giữ bộ tiêu chí đã dùng khi phê duyệt).</source>
        <translation>Đã nhận bộ tiêu chí của tỉnh “{title}”, phiên bản {version}, căn cứ {basis}. Các chỉ tiêu từ nay được đánh giá theo bộ này (năm đã được phê duyệt giữ bộ tiêu chí đã dùng khi phê duyệt).</translation>
    </message>
    <message>
        <source>Không có tệp {name} trong thư mục cách ly.</source>
        <translation>Không có tệp {name} trong thư mục cách ly.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp nào.</source>
        <translation>Chưa chọn tệp nào.</translation>
    </message>
    <message>
        <source>Khi không thống nhất, hãy ghi nhận xét hoặc số liệu của cơ quan thẩm định.</source>
        <translation>Khi không thống nhất, hãy ghi nhận xét hoặc số liệu của cơ quan thẩm định.</translation>
    </message>
    <message>
        <source>Kho thẩm định chưa có dữ liệu của xã nào.</source>
        <translation>Kho thẩm định chưa có dữ liệu của xã nào.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu không xác định: “{code}”.</source>
        <translation>Mã chỉ tiêu không xác định: “{code}”.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải từ 0 đến 100%, không phải {value}.</source>
        <translation>Tỷ lệ phải từ 0 đến 100%, không phải {value}.</translation>
    </message>
    <message>
        <source>Chỉ tiêu Đạt/Không đạt nhận giá trị 1 (đạt) hoặc 0.</source>
        <translation>Chỉ tiêu Đạt/Không đạt nhận giá trị 1 (đạt) hoặc 0.</translation>
    </message>
    <message>
        <source>Giá trị không được âm.</source>
        <translation>Giá trị không được âm.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp {path}.</source>
        <translation>Không tìm thấy tệp {path}.</translation>
    </message>
    <message>
        <source>Tệp “{name}” lớn quá 50 MB.</source>
        <translation>Tệp “{name}” lớn quá 50 MB.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi {id}.</source>
        <translation>Không tìm thấy bản ghi {id}.</translation>
    </message>
    <message>
        <source>Tệp ảnh “{name}” bị hỏng hoặc không đọc được.</source>
        <translation>Tệp ảnh “{name}” bị hỏng hoặc không đọc được.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu: {path}</source>
        <translation>Không tìm thấy bản sao lưu: {path}</translation>
    </message>
    <message>
        <source>Bản sao lưu bị hỏng hoặc không phải sổ dữ liệu NTM.</source>
        <translation>Bản sao lưu bị hỏng hoặc không phải sổ dữ liệu NTM.</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu: {detail}</source>
        <translation>Không tạo được bản sao lưu: {detail}</translation>
    </message>
    <message>
        <source>Bản sao lưu không đọc được: {detail}</source>
        <translation>Bản sao lưu không đọc được: {detail}</translation>
    </message>
    <message>
        <source>Không khôi phục được: {detail}</source>
        <translation>Không khôi phục được: {detail}</translation>
    </message>
    <message>
        <source>Không có thôn “{name}”.</source>
        <translation>Không có thôn “{name}”.</translation>
    </message>
    <message>
        <source>Sổ dữ liệu chưa có thông tin xã. Hãy chạy “ntm init commune”.</source>
        <translation>Sổ dữ liệu chưa có thông tin xã. Hãy chạy “ntm init commune”.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không xác định: “{criteria_set}”.</source>
        <translation>Bộ tiêu chí không xác định: “{criteria_set}”.</translation>
    </message>
    <message>
        <source>Đã có thôn “{name}”.</source>
        <translation>Đã có thôn “{name}”.</translation>
    </message>
    <message>
        <source>{where}, cột {field}: {message}</source>
        <translation>{where}, cột {field}: {message}</translation>
    </message>
    <message>
        <source>Khóa không hợp lệ: {key}</source>
        <translation>Khóa không hợp lệ: {key}</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: khoảng giá trị hợp lý phải là [nhỏ nhất, lớn nhất].</source>
        <translation>Danh mục không hợp lệ tại {path}: khoảng giá trị hợp lý phải là [nhỏ nhất, lớn nhất].</translation>
    </message>
    <message>
        <source>{name}: điều kiện số {number} không hợp lệ.</source>
        <translation>{name}: điều kiện số {number} không hợp lệ.</translation>
    </message>
    <message>
        <source>Thời điểm báo cáo không hợp lệ: “{value}” (ví dụ 7/2020, 30/6/2017 hoặc 2020).</source>
        <translation>Thời điểm báo cáo không hợp lệ: “{value}” (ví dụ 7/2020, 30/6/2017 hoặc 2020).</translation>
    </message>
    <message>
        <source>Năm đánh giá không hợp lệ.</source>
        <translation>Năm đánh giá không hợp lệ.</translation>
    </message>
    <message>
        <source>Tệp này không phải bộ tiêu chí bổ sung của tỉnh (kind = overlay).</source>
        <translation>Tệp này không phải bộ tiêu chí bổ sung của tỉnh (kind = overlay).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh dựa trên “{base}”, còn xã đang dùng “{criteria_set}”.</source>
        <translation>Bộ tiêu chí của tỉnh dựa trên “{base}”, còn xã đang dùng “{criteria_set}”.</translation>
    </message>
    <message>
        <source>Chưa cài bộ tiêu chí của tỉnh “{overlay}”.</source>
        <translation>Chưa cài bộ tiêu chí của tỉnh “{overlay}”.</translation>
    </message>
    <message>
        <source>Thẻ khóa quá lớn.</source>
        <translation>Thẻ khóa quá lớn.</translation>
    </message>
    <message>
        <source>Sổ dữ liệu xã chỉ đăng ký khóa của nơi thẩm định.</source>
        <translation>Sổ dữ liệu xã chỉ đăng ký khóa của nơi thẩm định.</translation>
    </message>
    <message>
        <source>Không có thư mục {folder}.</source>
        <translation>Không có thư mục {folder}.</translation>
    </message>
    <message>
        <source>Không đọc được thẻ khóa {name}: {reason}</source>
        <translation>Không đọc được thẻ khóa {name}: {reason}</translation>
    </message>
    <message>
        <source>Chưa có không gian thẩm định tại {path}. Chạy “ntm init appraiser”.</source>
        <translation>Chưa có không gian thẩm định tại {path}. Chạy “ntm init appraiser”.</translation>
    </message>
    <message>
        <source>Khóa này đã bị thu hồi; không đăng ký lại được.</source>
        <translation>Khóa này đã bị thu hồi; không đăng ký lại được.</translation>
    </message>
    <message>
        <source>Không có khóa {key_id} trong danh sách tin cậy.</source>
        <translation>Không có khóa {key_id} trong danh sách tin cậy.</translation>
    </message>
    <message>
        <source>Mã xã không hợp lệ: {code}</source>
        <translation>Mã xã không hợp lệ: {code}</translation>
    </message>
    <message>
        <source>Kết quả thẩm định phải là agree hoặc disagree.</source>
        <translation>Kết quả thẩm định phải là agree hoặc disagree.</translation>
    </message>
    <message>
        <source>Trạng thái phải là dat hoặc chua_dat.</source>
        <translation>Trạng thái phải là dat hoặc chua_dat.</translation>
    </message>
    <message>
        <source>Năm không hợp lệ.</source>
        <translation>Năm không hợp lệ.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu không hợp lệ.</source>
        <translation>Mã chỉ tiêu không hợp lệ.</translation>
    </message>
    <message>
        <source>Hồ sơ năm {year} của xã {code} đã được phê duyệt và khóa.</source>
        <translation>Hồ sơ năm {year} của xã {code} đã được phê duyệt và khóa.</translation>
    </message>
    <message>
        <source>Trạng thái phê duyệt không hợp lệ.</source>
        <translation>Trạng thái phê duyệt không hợp lệ.</translation>
    </message>
    <message>
        <source>Hồ sơ đã được phê duyệt và khóa.</source>
        <translation>Hồ sơ đã được phê duyệt và khóa.</translation>
    </message>
    <message>
        <source>Chưa nhận dữ liệu của xã {code}.</source>
        <translation>Chưa nhận dữ liệu của xã {code}.</translation>
    </message>
    <message>
        <source>Cấp thẩm định phải là district hoặc province.</source>
        <translation>Cấp thẩm định phải là district hoặc province.</translation>
    </message>
    <message>
        <source>Tệp chứa số không hợp lệ (NaN hoặc vô cực).</source>
        <translation>Tệp chứa số không hợp lệ (NaN hoặc vô cực).</translation>
    </message>
    <message>
        <source>{name} rỗng.</source>
        <translation>{name} rỗng.</translation>
    </message>
    <message>
        <source>{name} chứa giá trị không hợp lệ: {value}</source>
        <translation>{name} chứa giá trị không hợp lệ: {value}</translation>
    </message>
    <message>
        <source>Không phải tệp sổ dữ liệu NTM (cần format = “{format}”).</source>
        <translation>Không phải tệp sổ dữ liệu NTM (cần format = “{format}”).</translation>
    </message>
    <message>
        <source>Tệp được tạo bởi phiên bản mới hơn; hãy cập nhật NTM Desktop.</source>
        <translation>Tệp được tạo bởi phiên bản mới hơn; hãy cập nhật NTM Desktop.</translation>
    </message>
    <message>
        <source>Thiếu phần “tables”.</source>
        <translation>Thiếu phần “tables”.</translation>
    </message>
    <message>
        <source>Bảng không xác định: {tables}.</source>
        <translation>Bảng không xác định: {tables}.</translation>
    </message>
    <message>
        <source>Một sổ dữ liệu chỉ có một xã.</source>
        <translation>Một sổ dữ liệu chỉ có một xã.</translation>
    </message>
    <message>
        <source>Tệp thuộc xã khác ({incoming}); sổ dữ liệu này của {current}.</source>
        <translation>Tệp thuộc xã khác ({incoming}); sổ dữ liệu này của {current}.</translation>
    </message>
    <message>
        <source>{name} không phải UTF-8 (byte lỗi ở vị trí {position}). Hãy lưu lại tệp với bảng mã UTF-8 (Unicode).</source>
        <translation>{name} không phải UTF-8 (byte lỗi ở vị trí {position}). Hãy lưu lại tệp với bảng mã UTF-8 (Unicode).</translation>
    </message>
    <message>
        <source>{name} không phải JSON hợp lệ: dòng {line}, cột {column}: {detail}.</source>
        <translation>{name} không phải JSON hợp lệ: dòng {line}, cột {column}: {detail}.</translation>
    </message>
    <message>
        <source>Tệp {name} quá lớn.</source>
        <translation>Tệp {name} quá lớn.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: {detail}</source>
        <translation>Không đọc được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>tables.{table} phải là một danh sách.</source>
        <translation>tables.{table} phải là một danh sách.</translation>
    </message>
    <message>
        <source>{name} bị cắt cụt (kết thúc giữa chừng); hãy lấy lại tệp đầy đủ.</source>
        <translation>{name} bị cắt cụt (kết thúc giữa chừng); hãy lấy lại tệp đầy đủ.</translation>
    </message>
    <message>
        <source>{where}: mỗi dòng phải có “id”.</source>
        <translation>{where}: mỗi dòng phải có “id”.</translation>
    </message>
    <message>
        <source>{where}: trùng id {id}.</source>
        <translation>{where}: trùng id {id}.</translation>
    </message>
    <message>
        <source>{where}: trường không xác định {fields}.</source>
        <translation>{where}: trường không xác định {fields}.</translation>
    </message>
    <message>
        <source>{where}.{field}: {message}</source>
        <translation>{where}.{field}: {message}</translation>
    </message>
    <message>
        <source>{where}: tham chiếu tới “{ref}” không có trong {target}.</source>
        <translation>{where}: tham chiếu tới “{ref}” không có trong {target}.</translation>
    </message>
    <message>
        <source>thiếu mục nhật ký trước số {seq}</source>
        <translation>thiếu mục nhật ký trước số {seq}</translation>
    </message>
    <message>
        <source>liên kết với mục trước bị hỏng</source>
        <translation>liên kết với mục trước bị hỏng</translation>
    </message>
    <message>
        <source>nội dung mục đã bị sửa (hash không khớp)</source>
        <translation>nội dung mục đã bị sửa (hash không khớp)</translation>
    </message>
    <message>
        <source>Không có dự án “{name}”.</source>
        <translation>Không có dự án “{name}”.</translation>
    </message>
    <message>
        <source>Dự án đã có khoản đóng góp; hãy chuyển hoặc xóa các khoản đó trước.</source>
        <translation>Dự án đã có khoản đóng góp; hãy chuyển hoặc xóa các khoản đó trước.</translation>
    </message>
    <message>
        <source>Không có công trình hạ tầng {id}.</source>
        <translation>Không có công trình hạ tầng {id}.</translation>
    </message>
    <message>
        <source>Không hoàn tác được: dữ liệu này đã được sửa tiếp sau đó.</source>
        <translation>Không hoàn tác được: dữ liệu này đã được sửa tiếp sau đó.</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu: {detail}</source>
        <translation>Lỗi cơ sở dữ liệu: {detail}</translation>
    </message>
    <message>
        <source>Sổ dữ liệu đang được một chương trình khác ghi. Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>Sổ dữ liệu đang được một chương trình khác ghi. Hãy đóng chương trình đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy: không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại; dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>Ổ đĩa đã đầy: không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại; dữ liệu cũ vẫn nguyên vẹn.</translation>
    </message>
    <message>
        <source>Không ghi được vào sổ dữ liệu (tệp chỉ đọc).</source>
        <translation>Không ghi được vào sổ dữ liệu (tệp chỉ đọc).</translation>
    </message>
    <message>
        <source>Bản ghi đang được dùng ở nơi khác hoặc tham chiếu tới bản ghi không tồn tại.</source>
        <translation>Bản ghi đang được dùng ở nơi khác hoặc tham chiếu tới bản ghi không tồn tại.</translation>
    </message>
    <message>
        <source>Bản ghi trùng với một bản ghi đã có.</source>
        <translation>Bản ghi trùng với một bản ghi đã có.</translation>
    </message>
    <message>
        <source>Tệp không phải sổ dữ liệu NTM hợp lệ hoặc đã bị hỏng.</source>
        <translation>Tệp không phải sổ dữ liệu NTM hợp lệ hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>Không tìm thấy sổ dữ liệu: {path}</source>
        <translation>Không tìm thấy sổ dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi {id} trong “{table}”.</source>
        <translation>Không tìm thấy bản ghi {id} trong “{table}”.</translation>
    </message>
    <message>
        <source>Trường không xác định trong “{table}”: {fields}.</source>
        <translation>Trường không xác định trong “{table}”: {fields}.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: {detail}</source>
        <translation>Không ghi được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>Sổ dữ liệu thiếu bảng meta.</source>
        <translation>Sổ dữ liệu thiếu bảng meta.</translation>
    </message>
    <message>
        <source>Mục nhật ký {seq} không nối tiếp mục {prev}.</source>
        <translation>Mục nhật ký {seq} không nối tiếp mục {prev}.</translation>
    </message>
    <message>
        <source>Mục nhật ký {seq} bị sửa đổi.</source>
        <translation>Mục nhật ký {seq} bị sửa đổi.</translation>
    </message>
    <message>
        <source>Bảng không hợp lệ: {table}</source>
        <translation>Bảng không hợp lệ: {table}</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải sổ dữ liệu NTM.</source>
        <translation>Tệp “{name}” không phải sổ dữ liệu NTM.</translation>
    </message>
    <message>
        <source>Mục nhật ký {seq} có trường lạ.</source>
        <translation>Mục nhật ký {seq} có trường lạ.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không xác định: “{name}”.</source>
        <translation>Bộ tiêu chí không xác định: “{name}”.</translation>
    </message>
    <message>
        <source>Sổ dữ liệu {path} đã có thông tin xã.</source>
        <translation>Sổ dữ liệu {path} đã có thông tin xã.</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” không có trang nào của sổ dữ liệu NTM ({sheets}).</source>
        <translation>Tệp Excel “{name}” không có trang nào của sổ dữ liệu NTM ({sheets}).</translation>
    </message>
    <message>
        <source>Không ghi được Excel: {detail}</source>
        <translation>Không ghi được Excel: {detail}</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” hỏng hoặc không phải định dạng .xlsx.</source>
        <translation>Tệp Excel “{name}” hỏng hoặc không phải định dạng .xlsx.</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” bị cắt cụt hoặc hỏng.</source>
        <translation>Tệp Excel “{name}” bị cắt cụt hoặc hỏng.</translation>
    </message>
    <message>
        <source>Ảnh “{name}” quá lớn ({width} × {height} điểm ảnh, {mpx} triệu điểm ảnh): NTM chỉ nhận ảnh đến {limit} triệu điểm ảnh. Hãy thu nhỏ ảnh hoặc chụp ở độ phân giải thấp hơn rồi thêm lại.</source>
        <translation>Ảnh “{name}” quá lớn ({width} × {height} điểm ảnh, {mpx} triệu điểm ảnh): NTM chỉ nhận ảnh đến {limit} triệu điểm ảnh. Hãy thu nhỏ ảnh hoặc chụp ở độ phân giải thấp hơn rồi thêm lại.</translation>
    </message>
    <message>
        <source>Ảnh “{name}” quá lớn: NTM chỉ nhận ảnh đến {limit} triệu điểm ảnh. Hãy thu nhỏ ảnh hoặc chụp ở độ phân giải thấp hơn rồi thêm lại.</source>
        <translation>Ảnh “{name}” quá lớn: NTM chỉ nhận ảnh đến {limit} triệu điểm ảnh. Hãy thu nhỏ ảnh hoặc chụp ở độ phân giải thấp hơn rồi thêm lại.</translation>
    </message>
    <message>
        <source>{name} không phải JSON hợp lệ (lỗi trong khoảng byte {position}): {detail}.</source>
        <translation>{name} không phải JSON hợp lệ (lỗi trong khoảng byte {position}): {detail}.</translation>
    </message>
    <message>
        <source>Trang “{sheet}” thiếu dòng tiêu đề (dòng 2 là mã cột).</source>
        <translation>Trang “{sheet}” thiếu dòng tiêu đề (dòng 2 là mã cột).</translation>
    </message>
    <message>
        <source>Tệp Excel quá nhiều dòng.</source>
        <translation>Tệp Excel quá nhiều dòng.</translation>
    </message>
    <message>
        <source>Xã {code} đã có khóa đang dùng ({fingerprint}). Chỉ đăng ký khóa mới khi xã xác nhận qua điện thoại là thay khóa cũ (ntm trust add … --replace).</source>
        <translation>Xã {code} đã có khóa đang dùng ({fingerprint}). Chỉ đăng ký khóa mới khi xã xác nhận qua điện thoại là thay khóa cũ (ntm trust add … --replace).</translation>
    </message>
    <message>
        <source>Khóa công khai yếu hoặc không chuẩn; không đăng ký được.</source>
        <translation>Khóa công khai yếu hoặc không chuẩn; không đăng ký được.</translation>
    </message>
    <message>
        <source>Không có lần đổi khóa nào sang khóa {key_id}.</source>
        <translation>Không có lần đổi khóa nào sang khóa {key_id}.</translation>
    </message>
    <message>
        <source>Không ghi được kết quả thẩm định (lỗi cơ sở dữ liệu; chi tiết trong nhật ký chương trình).</source>
        <translation>Không ghi được kết quả thẩm định (lỗi cơ sở dữ liệu; chi tiết trong nhật ký chương trình).</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị từ chối ({code}).</source>
        <translation>Gói dữ liệu bị từ chối ({code}).</translation>
    </message>
    <message>
        <source>Tệp gói dữ liệu rỗng (0 byte). Hãy chép lại tệp từ nơi gửi.</source>
        <translation>Tệp gói dữ liệu rỗng (0 byte). Hãy chép lại tệp từ nơi gửi.</translation>
    </message>
    <message>
        <source>Không đọc được tệp gói dữ liệu: {detail}</source>
        <translation>Không đọc được tệp gói dữ liệu: {detail}</translation>
    </message>
    <message>
        <source>Tệp gói dữ liệu quá lớn ({detail}); NTM không mở tệp này.</source>
        <translation>Tệp gói dữ liệu quá lớn ({detail}); NTM không mở tệp này.</translation>
    </message>
    <message>
        <source>Tệp này không phải gói dữ liệu NTM (.ntmpkg).</source>
        <translation>Tệp này không phải gói dữ liệu NTM (.ntmpkg).</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị cắt cụt (tệp chép chưa xong hoặc USB bị rút giữa chừng). Hãy chép lại tệp.</source>
        <translation>Gói dữ liệu bị cắt cụt (tệp chép chưa xong hoặc USB bị rút giữa chừng). Hãy chép lại tệp.</translation>
    </message>
    <message>
        <source>Gói dữ liệu có quá nhiều tệp thành phần ({detail}).</source>
        <translation>Gói dữ liệu có quá nhiều tệp thành phần ({detail}).</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa đường dẫn tuyệt đối “{member}” — có thể là tệp độc hại.</source>
        <translation>Gói dữ liệu chứa đường dẫn tuyệt đối “{member}” — có thể là tệp độc hại.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa đường dẫn “{member}” trỏ ra ngoài — có thể là tệp độc hại.</source>
        <translation>Gói dữ liệu chứa đường dẫn “{member}” trỏ ra ngoài — có thể là tệp độc hại.</translation>
    </message>
    <message>
        <source>Tên tệp thành phần không hợp lệ: “{member}”.</source>
        <translation>Tên tệp thành phần không hợp lệ: “{member}”.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa liên kết (symlink) “{member}” — không được phép.</source>
        <translation>Gói dữ liệu chứa liên kết (symlink) “{member}” — không được phép.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” bị mã hóa — gói không do NTM tạo ra.</source>
        <translation>Tệp thành phần “{member}” bị mã hóa — gói không do NTM tạo ra.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” dùng kiểu nén không hỗ trợ.</source>
        <translation>Tệp thành phần “{member}” dùng kiểu nén không hỗ trợ.</translation>
    </message>
    <message>
        <source>Gói dữ liệu có hai tệp cùng tên “{member}”.</source>
        <translation>Gói dữ liệu có hai tệp cùng tên “{member}”.</translation>
    </message>
    <message>
        <source>Gói dữ liệu có hai tệp tên gần giống nhau (chỉ khác hoa/thường hoặc cách ghi dấu): “{member}”.</source>
        <translation>Gói dữ liệu có hai tệp tên gần giống nhau (chỉ khác hoa/thường hoặc cách ghi dấu): “{member}”.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa tệp lạ “{member}”.</source>
        <translation>Gói dữ liệu chứa tệp lạ “{member}”.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” quá lớn ({detail}).</source>
        <translation>Tệp thành phần “{member}” quá lớn ({detail}).</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” có tỉ lệ nén bất thường (nghi “bom zip”); gói bị từ chối.</source>
        <translation>Tệp thành phần “{member}” có tỉ lệ nén bất thường (nghi “bom zip”); gói bị từ chối.</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu tệp manifest.json.</source>
        <translation>Gói dữ liệu thiếu tệp manifest.json.</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu chữ ký (manifest.sig).</source>
        <translation>Gói dữ liệu thiếu chữ ký (manifest.sig).</translation>
    </message>
    <message>
        <source>Tệp “{member}” không phải UTF-8 hợp lệ.</source>
        <translation>Tệp “{member}” không phải UTF-8 hợp lệ.</translation>
    </message>
    <message>
        <source>Tệp “{member}” không phải JSON hợp lệ: {detail}</source>
        <translation>Tệp “{member}” không phải JSON hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>Tệp “{member}” chứa số không hợp lệ (NaN, vô cực hoặc quá lớn): {detail}</source>
        <translation>Tệp “{member}” chứa số không hợp lệ (NaN, vô cực hoặc quá lớn): {detail}</translation>
    </message>
    <message>
        <source>manifest.json không phải của gói dữ liệu NTM.</source>
        <translation>manifest.json không phải của gói dữ liệu NTM.</translation>
    </message>
    <message>
        <source>Gói dữ liệu được tạo bởi phiên bản NTM Desktop mới hơn (định dạng {detail}). Hãy cập nhật phần mềm rồi nhập lại.</source>
        <translation>Gói dữ liệu được tạo bởi phiên bản NTM Desktop mới hơn (định dạng {detail}). Hãy cập nhật phần mềm rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp “{member}” có trường không xác định: {detail}</source>
        <translation>Tệp “{member}” có trường không xác định: {detail}</translation>
    </message>
    <message>
        <source>manifest.json không hợp lệ: {detail}</source>
        <translation>manifest.json không hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa đổi sau khi ký hoặc không do khóa đã đăng ký ký.</source>
        <translation>Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa đổi sau khi ký hoặc không do khóa đã đăng ký ký.</translation>
    </message>
    <message>
        <source>Gói dữ liệu được ký bằng khóa chưa đăng ký (mã vân tay {detail}). Hãy gọi điện cho người gửi để so mã vân tay rồi đăng ký khóa (ntm trust add).</source>
        <translation>Gói dữ liệu được ký bằng khóa chưa đăng ký (mã vân tay {detail}). Hãy gọi điện cho người gửi để so mã vân tay rồi đăng ký khóa (ntm trust add).</translation>
    </message>
    <message>
        <source>Khóa ký gói dữ liệu đã bị thu hồi ({detail}). Hãy đề nghị người gửi đăng ký lại khóa mới.</source>
        <translation>Khóa ký gói dữ liệu đã bị thu hồi ({detail}). Hãy đề nghị người gửi đăng ký lại khóa mới.</translation>
    </message>
    <message>
        <source>Khóa ký gói dữ liệu đã được thay bằng khóa mới ({detail}); gói này không được chấp nhận.</source>
        <translation>Khóa ký gói dữ liệu đã được thay bằng khóa mới ({detail}); gói này không được chấp nhận.</translation>
    </message>
    <message>
        <source>Thông báo đổi khóa trong gói dữ liệu không hợp lệ: {detail}</source>
        <translation>Thông báo đổi khóa trong gói dữ liệu không hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu tệp “{member}” được liệt kê trong manifest.</source>
        <translation>Gói dữ liệu thiếu tệp “{member}” được liệt kê trong manifest.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa tệp “{member}” không có trong manifest.</source>
        <translation>Gói dữ liệu chứa tệp “{member}” không có trong manifest.</translation>
    </message>
    <message>
        <source>Gói dữ liệu đã bị sửa đổi sau khi ký: kích thước tệp {member} không khớp.</source>
        <translation>Gói dữ liệu đã bị sửa đổi sau khi ký: kích thước tệp {member} không khớp.</translation>
    </message>
    <message>
        <source>Gói dữ liệu đã bị sửa đổi sau khi ký: tệp {member} không khớp.</source>
        <translation>Gói dữ liệu đã bị sửa đổi sau khi ký: tệp {member} không khớp.</translation>
    </message>
    <message>
        <source>Nhật ký trong gói dữ liệu không hợp lệ (dòng {detail}).</source>
        <translation>Nhật ký trong gói dữ liệu không hợp lệ (dòng {detail}).</translation>
    </message>
    <message>
        <source>Chuỗi nhật ký trong gói dữ liệu bị đứt hoặc bị sửa (mục {detail}).</source>
        <translation>Chuỗi nhật ký trong gói dữ liệu bị đứt hoặc bị sửa (mục {detail}).</translation>
    </message>
    <message>
        <source>Kết quả thẩm định trong gói không hợp lệ (dòng {detail}).</source>
        <translation>Kết quả thẩm định trong gói không hợp lệ (dòng {detail}).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí trong gói không hợp lệ: {detail}</source>
        <translation>Bộ tiêu chí trong gói không hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>Gói dữ liệu ghi là của xã {detail}, nhưng khóa ký đã đăng ký cho xã khác.</source>
        <translation>Gói dữ liệu ghi là của xã {detail}, nhưng khóa ký đã đăng ký cho xã khác.</translation>
    </message>
    <message>
        <source>Gói dữ liệu này gửi cho nơi khác ({detail}), không phải cho sổ dữ liệu này.</source>
        <translation>Gói dữ liệu này gửi cho nơi khác ({detail}), không phải cho sổ dữ liệu này.</translation>
    </message>
    <message>
        <source>Loại gói “{detail}” không nhập được vào sổ dữ liệu này.</source>
        <translation>Loại gói “{detail}” không nhập được vào sổ dữ liệu này.</translation>
    </message>
    <message>
        <source>Gói dữ liệu dùng cấu trúc dữ liệu mới hơn (phiên bản {detail}). Hãy cập nhật NTM Desktop.</source>
        <translation>Gói dữ liệu dùng cấu trúc dữ liệu mới hơn (phiên bản {detail}). Hãy cập nhật NTM Desktop.</translation>
    </message>
    <message>
        <source>Gói dữ liệu này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>Gói dữ liệu này đã được nhập trước đây; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Gói dữ liệu cũ hơn gói đã nhập (số {detail}); không nhập.</source>
        <translation>Gói dữ liệu cũ hơn gói đã nhập (số {detail}); không nhập.</translation>
    </message>
    <message>
        <source>Thiếu gói dữ liệu trước gói này ({detail}). Hãy nhập các gói còn thiếu trước, hoặc đề nghị xã xuất bản đầy đủ (ntm export --full).</source>
        <translation>Thiếu gói dữ liệu trước gói này ({detail}). Hãy nhập các gói còn thiếu trước, hoặc đề nghị xã xuất bản đầy đủ (ntm export --full).</translation>
    </message>
    <message>
        <source>Gói dữ liệu không nối tiếp gói đã nhập ({detail}): xã có hai bản dữ liệu khác nhau. Hãy liên hệ xã để kiểm tra.</source>
        <translation>Gói dữ liệu không nối tiếp gói đã nhập ({detail}): xã có hai bản dữ liệu khác nhau. Hãy liên hệ xã để kiểm tra.</translation>
    </message>
    <message>
        <source>Nhật ký trong gói không nối tiếp dữ liệu đã có ({detail}). Hãy đề nghị xã xuất bản đầy đủ (ntm export --full).</source>
        <translation>Nhật ký trong gói không nối tiếp dữ liệu đã có ({detail}). Hãy đề nghị xã xuất bản đầy đủ (ntm export --full).</translation>
    </message>
    <message>
        <source>Nhật ký trong gói khác với dữ liệu đã nhập trước (mục {detail}): dữ liệu của xã đã bị thay đổi lịch sử.</source>
        <translation>Nhật ký trong gói khác với dữ liệu đã nhập trước (mục {detail}): dữ liệu của xã đã bị thay đổi lịch sử.</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu tệp đính kèm {detail}.</source>
        <translation>Gói dữ liệu thiếu tệp đính kèm {detail}.</translation>
    </message>
    <message>
        <source>Tệp đính kèm “{member}” trong gói dữ liệu không nhận được: {detail}</source>
        <translation>Tệp đính kèm “{member}” trong gói dữ liệu không nhận được: {detail}</translation>
    </message>
    <message>
        <source>Xác nhận của nơi thẩm định không khớp với nhật ký của xã (mục {detail}).</source>
        <translation>Xác nhận của nơi thẩm định không khớp với nhật ký của xã (mục {detail}).</translation>
    </message>
    <message>
        <source>Gói dữ liệu thay đổi số liệu của năm đã được phê duyệt và khóa (chỉ tiêu {detail}); gói không được nhập. Xã cần khôi phục số liệu đã được phê duyệt rồi xuất bản đầy đủ (ntm export --full).</source>
        <translation>Gói dữ liệu thay đổi số liệu của năm đã được phê duyệt và khóa (chỉ tiêu {detail}); gói không được nhập. Xã cần khôi phục số liệu đã được phê duyệt rồi xuất bản đầy đủ (ntm export --full).</translation>
    </message>
    <message>
        <source>Gói dữ liệu này xuất từ xã mẫu (số liệu thử của {detail}), không phải số liệu thật của xã; không nhập.</source>
        <translation>Gói dữ liệu này xuất từ xã mẫu (số liệu thử của {detail}), không phải số liệu thật của xã; không nhập.</translation>
    </message>
    <message>
        <source>Không áp dụng được gói dữ liệu: {detail}</source>
        <translation>Không áp dụng được gói dữ liệu: {detail}</translation>
    </message>
    <message>
        <source>Sổ dữ liệu chưa có thông tin xã.</source>
        <translation>Sổ dữ liệu chưa có thông tin xã.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” bị hỏng ({detail}).</source>
        <translation>Tệp thành phần “{member}” bị hỏng ({detail}).</translation>
    </message>
    <message>
        <source>Tên tệp thành phần “{member}” trong thư mục của gói khác với tên ghi ở đầu tệp đó — gói đã bị sửa hoặc ghép.</source>
        <translation>Tên tệp thành phần “{member}” trong thư mục của gói khác với tên ghi ở đầu tệp đó — gói đã bị sửa hoặc ghép.</translation>
    </message>
    <message>
        <source>Tệp không đúng khuôn dạng gói NTM ({detail}): gói phải bắt đầu ở byte đầu tiên và kết thúc bằng bản ghi kết thúc của nó. Có thể tệp đã bị ghép thêm dữ liệu; hãy đề nghị nơi gửi gửi lại.</source>
        <translation>Tệp không đúng khuôn dạng gói NTM ({detail}): gói phải bắt đầu ở byte đầu tiên và kết thúc bằng bản ghi kết thúc của nó. Có thể tệp đã bị ghép thêm dữ liệu; hãy đề nghị nơi gửi gửi lại.</translation>
    </message>
    <message>
        <source>Tệp “{member}” chứa ký tự không mã hóa được bằng UTF-8 (nửa cặp thay thế) ({detail}).</source>
        <translation>Tệp “{member}” chứa ký tự không mã hóa được bằng UTF-8 (nửa cặp thay thế) ({detail}).</translation>
    </message>
    <message>
        <source>Khóa công khai trong gói dữ liệu là khóa yếu hoặc không chuẩn ({detail}); gói bị từ chối.</source>
        <translation>Khóa công khai trong gói dữ liệu là khóa yếu hoặc không chuẩn ({detail}); gói bị từ chối.</translation>
    </message>
    <message>
        <source>Gói dữ liệu ({detail}) ký bằng khóa của chính nơi nhận, nên không phải gói hợp lệ gửi đến đây: dữ liệu của xã phải do khóa của xã ký, phản hồi thẩm định và bộ tiêu chí do khóa của nơi thẩm định ký.</source>
        <translation>Gói dữ liệu ({detail}) ký bằng khóa của chính nơi nhận, nên không phải gói hợp lệ gửi đến đây: dữ liệu của xã phải do khóa của xã ký, phản hồi thẩm định và bộ tiêu chí do khóa của nơi thẩm định ký.</translation>
    </message>
    <message>
        <source>Gói dữ liệu ghi thời điểm trong tương lai ({detail}), muộn hơn đồng hồ máy này quá một ngày. Hãy kiểm tra ngày giờ của máy tính này và của máy gửi, rồi nhập lại.</source>
        <translation>Gói dữ liệu ghi thời điểm trong tương lai ({detail}), muộn hơn đồng hồ máy này quá một ngày. Hãy kiểm tra ngày giờ của máy tính này và của máy gửi, rồi nhập lại.</translation>
    </message>
    <message>
        <source>Giá trị trong gói dữ liệu không hợp lệ (dòng {detail}).</source>
        <translation>Giá trị trong gói dữ liệu không hợp lệ (dòng {detail}).</translation>
    </message>
    <message>
        <source>Gói dữ liệu thay đổi thông tin định danh của xã ({detail}); không được phép.</source>
        <translation>Gói dữ liệu thay đổi thông tin định danh của xã ({detail}); không được phép.</translation>
    </message>
    <message>
        <source>Lỗi khi xử lý tệp này ({detail}); tệp đã được chuyển vào thư mục cách ly, các tệp khác vẫn được nhập.</source>
        <translation>Lỗi khi xử lý tệp này ({detail}); tệp đã được chuyển vào thư mục cách ly, các tệp khác vẫn được nhập.</translation>
    </message>
    <message>
        <source>Khóa ký thuộc “{name}” ({key_commune}), không phải xã {commune}.</source>
        <translation>Khóa ký thuộc “{name}” ({key_commune}), không phải xã {commune}.</translation>
    </message>
    <message>
        <source>Thiếu tệp đính kèm {name}: {path}</source>
        <translation>Thiếu tệp đính kèm {name}: {path}</translation>
    </message>
    <message>
        <source>lỗi khi ghi vào kho dữ liệu (chi tiết trong nhật ký chương trình)</source>
        <translation>lỗi khi ghi vào kho dữ liệu (chi tiết trong nhật ký chương trình)</translation>
    </message>
    <message>
        <source>Không ghi được tệp đính kèm: {detail}</source>
        <translation>Không ghi được tệp đính kèm: {detail}</translation>
    </message>
    <message>
        <source>Khóa công khai yếu hoặc không chuẩn ({reason}); không dùng được.</source>
        <translation>Khóa công khai yếu hoặc không chuẩn ({reason}); không dùng được.</translation>
    </message>
    <message>
        <source>Khóa công khai không hợp lệ (độ dài).</source>
        <translation>Khóa công khai không hợp lệ (độ dài).</translation>
    </message>
    <message>
        <source>Tệp này không phải thẻ khóa công khai NTM.</source>
        <translation>Tệp này không phải thẻ khóa công khai NTM.</translation>
    </message>
    <message>
        <source>Thẻ khóa có trường lạ.</source>
        <translation>Thẻ khóa có trường lạ.</translation>
    </message>
    <message>
        <source>Thẻ khóa thiếu vai trò hoặc tên.</source>
        <translation>Thẻ khóa thiếu vai trò hoặc tên.</translation>
    </message>
    <message>
        <source>Thẻ khóa thiếu khóa công khai.</source>
        <translation>Thẻ khóa thiếu khóa công khai.</translation>
    </message>
    <message>
        <source>Mã khóa trên thẻ không khớp với khóa công khai.</source>
        <translation>Mã khóa trên thẻ không khớp với khóa công khai.</translation>
    </message>
    <message>
        <source>Khóa công khai không hợp lệ (base64).</source>
        <translation>Khóa công khai không hợp lệ (base64).</translation>
    </message>
    <message>
        <source>Tệp khóa riêng không phải khóa Ed25519.</source>
        <translation>Tệp khóa riêng không phải khóa Ed25519.</translation>
    </message>
    <message>
        <source>Tệp khóa riêng bị hỏng.</source>
        <translation>Tệp khóa riêng bị hỏng.</translation>
    </message>
    <message>
        <source>Chưa có khóa ký cho không gian làm việc này (chạy “ntm init” hoặc “ntm keys show”).</source>
        <translation>Chưa có khóa ký cho không gian làm việc này (chạy “ntm init” hoặc “ntm keys show”).</translation>
    </message>
    <message>
        <source>Đã có khóa ký tại {path}.</source>
        <translation>Đã có khóa ký tại {path}.</translation>
    </message>
    <message>
        <source>Vai trò không hợp lệ: {role}</source>
        <translation>Vai trò không hợp lệ: {role}</translation>
    </message>
    <message>
        <source>Tệp khóa riêng không khớp với identity.json.</source>
        <translation>Tệp khóa riêng không khớp với identity.json.</translation>
    </message>
    <message>
        <source>Thẻ khóa công khai không hợp lệ: {detail}</source>
        <translation>Thẻ khóa công khai không hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>Thẻ khóa của xã phải có mã xã 5 chữ số.</source>
        <translation>Thẻ khóa của xã phải có mã xã 5 chữ số.</translation>
    </message>
    <message>
        <source>Thẻ khóa có trường không hợp lệ.</source>
        <translation>Thẻ khóa có trường không hợp lệ.</translation>
    </message>
    <message>
        <source>Khóa riêng được bảo vệ bằng mật khẩu: dùng --passphrase-env BIẾN (hoặc biến NTM_KEY_PASSPHRASE).</source>
        <translation>Khóa riêng được bảo vệ bằng mật khẩu: dùng --passphrase-env BIẾN (hoặc biến NTM_KEY_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Sai mật khẩu của khóa riêng, hoặc tệp khóa bị hỏng.</source>
        <translation>Sai mật khẩu của khóa riêng, hoặc tệp khóa bị hỏng.</translation>
    </message>
    <message>
        <source>Khóa riêng không có mật khẩu; bỏ --passphrase-env.</source>
        <translation>Khóa riêng không có mật khẩu; bỏ --passphrase-env.</translation>
    </message>
    <message>
        <source>Không ghi được gói dữ liệu {path}: {detail}. Không có tệp dở dang nào được để lại.</source>
        <translation>Không ghi được gói dữ liệu {path}: {detail}. Không có tệp dở dang nào được để lại.</translation>
    </message>
    <message>
        <source>Tệp “{name}” thay đổi trong khi đang xuất gói dữ liệu; hãy xuất lại.</source>
        <translation>Tệp “{name}” thay đổi trong khi đang xuất gói dữ liệu; hãy xuất lại.</translation>
    </message>
    <message>
        <source>Thời điểm “{value}” không hợp lệ (ví dụ 2025-07-05 hoặc 05/7/2025).</source>
        <translation>Thời điểm “{value}” không hợp lệ (ví dụ 2025-07-05 hoặc 05/7/2025).</translation>
    </message>
    <message>
        <source>Khóa ký tại {path} không phải của xã {commune}.</source>
        <translation>Khóa ký tại {path} không phải của xã {commune}.</translation>
    </message>
    <message>
        <source>Biến môi trường {name} chưa được đặt.</source>
        <translation>Biến môi trường {name} chưa được đặt.</translation>
    </message>
    <message>
        <source>Khóa riêng được bảo vệ bằng mật khẩu: dùng --passphrase-env BIẾN.</source>
        <translation>Khóa riêng được bảo vệ bằng mật khẩu: dùng --passphrase-env BIẾN.</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>Xã chưa được công nhận đạt chuẩn nên không có quyết định để thu hồi; hiện có {not_met}/{total} tiêu chí chưa đạt ({share}%).</source>
        <translation>Xã chưa được công nhận đạt chuẩn nên không có quyết định để thu hồi; hiện có {not_met}/{total} tiêu chí chưa đạt ({share}%).</translation>
    </message>
    <message>
        <source>Quy tắc thu hồi theo {source}; đối chiếu với quyết định của tỉnh trước khi kết luận.</source>
        <translation>Quy tắc thu hồi theo {source}; đối chiếu với quyết định của tỉnh trước khi kết luận.</translation>
    </message>
    <message>
        <source>Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ {limit}% số tiêu chí trở lên.</source>
        <translation>Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ {limit}% số tiêu chí trở lên.</translation>
    </message>
    <message>
        <source>Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ {limit_key}% đến dưới {limit}%, trong đó có tiêu chí then chốt chưa đạt: {keys}.</source>
        <translation>Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ {limit_key}% đến dưới {limit}%, trong đó có tiêu chí then chốt chưa đạt: {keys}.</translation>
    </message>
    <message>
        <source>Xã duy trì đủ các tiêu chí.</source>
        <translation>Xã duy trì đủ các tiêu chí.</translation>
    </message>
    <message>
        <source>Xã đã được công nhận phải duy trì đủ các tiêu chí; hiện có {not_met}/{total} tiêu chí chưa đạt ({share}%): {codes}.</source>
        <translation>Xã đã được công nhận phải duy trì đủ các tiêu chí; hiện có {not_met}/{total} tiêu chí chưa đạt ({share}%): {codes}.</translation>
    </message>
    <message>
        <source>Tiêu chí then chốt chưa đạt: {keys}.</source>
        <translation>Tiêu chí then chốt chưa đạt: {keys}.</translation>
    </message>
    <message>
        <source>{count} tiêu chí chưa xác định: {codes}.</source>
        <translation>{count} tiêu chí chưa xác định: {codes}.</translation>
    </message>
    <message>
        <source>Nếu các tiêu chí chưa xác định không đạt, xã thuộc diện bị thu hồi quyết định công nhận.</source>
        <translation>Nếu các tiêu chí chưa xác định không đạt, xã thuộc diện bị thu hồi quyết định công nhận.</translation>
    </message>
</context>
<context>
    <name>gui_queries</name>
    <message>
        <source>Thông tin xã</source>
        <translation>Thông tin xã</translation>
    </message>
    <message>
        <source>Thôn, bản</source>
        <translation>Thôn, bản</translation>
    </message>
    <message>
        <source>Đánh giá chỉ tiêu</source>
        <translation>Đánh giá chỉ tiêu</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Gắn tệp đính kèm</source>
        <translation>Gắn tệp đính kèm</translation>
    </message>
    <message>
        <source>Hạ tầng</source>
        <translation>Hạ tầng</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1 — năm %2</source>
        <translation>Chỉ tiêu %1 — năm %2</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Khảo sát ngày %1</source>
        <translation>Khảo sát ngày %1</translation>
    </message>
    <message>
        <source>Nguồn vốn dự án</source>
        <translation>Nguồn vốn dự án</translation>
    </message>
    <message>
        <source>Công trình của dự án</source>
        <translation>Công trình của dự án</translation>
    </message>
    <message>
        <source>Đóng góp</source>
        <translation>Đóng góp</translation>
    </message>
    <message>
        <source>Lấy ý kiến hài lòng</source>
        <translation>Lấy ý kiến hài lòng</translation>
    </message>
    <message>
        <source>Thông tin hồ sơ</source>
        <translation>Thông tin hồ sơ</translation>
    </message>
    <message>
        <source>Kết quả thẩm định</source>
        <translation>Kết quả thẩm định</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Mã tỉnh</source>
        <translation>Mã tỉnh</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Mã cũ</source>
        <translation>Mã cũ</translation>
    </message>
    <message>
        <source>Tên cũ</source>
        <translation>Tên cũ</translation>
    </message>
    <message>
        <source>Mã huyện cũ</source>
        <translation>Mã huyện cũ</translation>
    </message>
    <message>
        <source>Huyện cũ</source>
        <translation>Huyện cũ</translation>
    </message>
    <message>
        <source>Vùng</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Vùng áp dụng</source>
        <translation>Vùng áp dụng</translation>
    </message>
    <message>
        <source>Nhóm xã</source>
        <translation>Nhóm xã</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Bộ tiêu chí của tỉnh</translation>
    </message>
    <message>
        <source>Cán bộ phụ trách</source>
        <translation>Cán bộ phụ trách</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Năm được công nhận</source>
        <translation>Năm được công nhận</translation>
    </message>
    <message>
        <source>Năm đăng ký</source>
        <translation>Năm đăng ký</translation>
    </message>
    <message>
        <source>Xã đặc biệt khó khăn</source>
        <translation>Xã đặc biệt khó khăn</translation>
    </message>
    <message>
        <source>Xã biên giới</source>
        <translation>Xã biên giới</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Số dân</source>
        <translation>Số dân</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Mã băm SHA-256</source>
        <translation>Mã băm SHA-256</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>Loại tệp</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Dung lượng (byte)</source>
        <translation>Dung lượng (byte)</translation>
    </message>
    <message>
        <source>Thời điểm chụp</source>
        <translation>Thời điểm chụp</translation>
    </message>
    <message>
        <source>Vĩ độ</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Kinh độ</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Rộng</source>
        <translation>Rộng</translation>
    </message>
    <message>
        <source>Cao</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Mã bản ghi</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>Chú thích</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Thuộc tính</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư</source>
        <translation>Tổng mức đầu tư</translation>
    </message>
    <message>
        <source>Nợ đọng</source>
        <translation>Nợ đọng</translation>
    </message>
    <message>
        <source>Ngày khởi công</source>
        <translation>Ngày khởi công</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Quyết toán</source>
        <translation>Quyết toán</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Nguồn vốn</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Công trình</source>
        <translation>Công trình</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Người đóng góp</source>
        <translation>Người đóng góp</translation>
    </message>
    <message>
        <source>Loại người đóng góp</source>
        <translation>Loại người đóng góp</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Đơn giá</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <source>Giá trị (đồng)</source>
        <translation>Giá trị (đồng)</translation>
    </message>
    <message>
        <source>Số biên nhận</source>
        <translation>Số biên nhận</translation>
    </message>
    <message>
        <source>Số hộ được hỏi</source>
        <translation>Số hộ được hỏi</translation>
    </message>
    <message>
        <source>Số hộ hài lòng</source>
        <translation>Số hộ hài lòng</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Khóa</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <source>Người thẩm định</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <source>Cơ quan thẩm định</source>
        <translation>Cơ quan thẩm định</translation>
    </message>
    <message>
        <source>Tạo lúc</source>
        <translation>Tạo lúc</translation>
    </message>
    <message>
        <source>Sửa lúc</source>
        <translation>Sửa lúc</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <source>⚠ Hồ sơ năm {year} đã được nơi thẩm định phê duyệt và khóa: gói dữ liệu có thay đổi của năm này sẽ bị từ chối. Nếu cần sửa, hãy trao đổi với nơi thẩm định trước khi gửi.</source>
        <translation>⚠ Hồ sơ năm {year} đã được nơi thẩm định phê duyệt và khóa: gói dữ liệu có thay đổi của năm này sẽ bị từ chối. Nếu cần sửa, hãy trao đổi với nơi thẩm định trước khi gửi.</translation>
    </message>
    <message>
        <source>Chưa nộp</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Nộp lại</source>
        <translation>Nộp lại</translation>
    </message>
    <message>
        <source>Đã phê duyệt</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>hai bản dữ liệu khác nhau</source>
        <translation>hai bản dữ liệu khác nhau</translation>
    </message>
    <message>
        <source>thiếu gói</source>
        <translation>thiếu gói</translation>
    </message>
    <message>
        <source>nhật ký không nối tiếp</source>
        <translation>nhật ký không nối tiếp</translation>
    </message>
    <message>
        <source>lịch sử bị thay đổi</source>
        <translation>lịch sử bị thay đổi</translation>
    </message>
    <message>
        <source>gói cũ</source>
        <translation>gói cũ</translation>
    </message>
    <message>
        <source>sửa năm đã phê duyệt</source>
        <translation>sửa năm đã phê duyệt</translation>
    </message>
    <message>
        <source>Cấp huyện</source>
        <translation>Cấp huyện</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Đã nhập: {commune} ({code}), gói số {seq} — {indicators} chỉ tiêu, {items} hạng mục hạ tầng, {contributions} khoản đóng góp, {photos} ảnh/tệp minh chứng.</source>
        <translation>Đã nhập: {commune} ({code}), gói số {seq} — {indicators} chỉ tiêu, {items} hạng mục hạ tầng, {contributions} khoản đóng góp, {photos} ảnh/tệp minh chứng.</translation>
    </message>
    <message>
        <source>Đã có: gói số {seq} của xã {code} đã được nhập trước đây; không thay đổi gì.</source>
        <translation>Đã có: gói số {seq} của xã {code} đã được nhập trước đây; không thay đổi gì.</translation>
    </message>
    <message>
        <source>Khóa chưa đăng ký: gói ghi là của {sender} (xã {code}), mã vân tay {fingerprint}. Gọi điện cho xã để so mã vân tay, rồi đăng ký và kiểm tra lại.</source>
        <translation>Khóa chưa đăng ký: gói ghi là của {sender} (xã {code}), mã vân tay {fingerprint}. Gọi điện cho xã để so mã vân tay, rồi đăng ký và kiểm tra lại.</translation>
    </message>
    <message>
        <source>Từ chối: {reason}</source>
        <translation>Từ chối: {reason}</translation>
    </message>
    <message>
        <source>Khóa mới</source>
        <translation>Khóa mới</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Xã đã có khóa khác</source>
        <translation>Xã đã có khóa khác</translation>
    </message>
    <message>
        <source>Khóa đã thu hồi</source>
        <translation>Khóa đã thu hồi</translation>
    </message>
    <message>
        <source>Không phải thẻ khóa của xã</source>
        <translation>Không phải thẻ khóa của xã</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>thiếu trường bắt buộc</source>
        <translation>thiếu trường bắt buộc</translation>
    </message>
    <message>
        <source>có trường không được phép</source>
        <translation>có trường không được phép</translation>
    </message>
    <message>
        <source>giá trị không nằm trong danh sách cho phép</source>
        <translation>giá trị không nằm trong danh sách cho phép</translation>
    </message>
    <message>
        <source>giá trị không đúng</source>
        <translation>giá trị không đúng</translation>
    </message>
    <message>
        <source>sai kiểu dữ liệu</source>
        <translation>sai kiểu dữ liệu</translation>
    </message>
    <message>
        <source>sai định dạng</source>
        <translation>sai định dạng</translation>
    </message>
    <message>
        <source>danh sách quá ngắn (không được rỗng)</source>
        <translation>danh sách quá ngắn (không được rỗng)</translation>
    </message>
    <message>
        <source>danh sách quá dài</source>
        <translation>danh sách quá dài</translation>
    </message>
    <message>
        <source>chuỗi rỗng</source>
        <translation>chuỗi rỗng</translation>
    </message>
    <message>
        <source>chuỗi quá dài</source>
        <translation>chuỗi quá dài</translation>
    </message>
    <message>
        <source>giá trị quá nhỏ</source>
        <translation>giá trị quá nhỏ</translation>
    </message>
    <message>
        <source>giá trị quá lớn</source>
        <translation>giá trị quá lớn</translation>
    </message>
    <message>
        <source>danh sách có phần tử lặp</source>
        <translation>danh sách có phần tử lặp</translation>
    </message>
    <message>
        <source>giá trị không hợp lệ</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <source>đối tượng thiếu nội dung</source>
        <translation>đối tượng thiếu nội dung</translation>
    </message>
    <message>
        <source>không hợp lệ</source>
        <translation>không hợp lệ</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>chung</source>
        <translation>chung</translation>
    </message>
    <message>
        <source>mọi năm</source>
        <translation>mọi năm</translation>
    </message>
    <message>
        <source>Trung du và miền núi phía Bắc</source>
        <translation>Trung du và miền núi phía Bắc</translation>
    </message>
    <message>
        <source>Đồng bằng sông Hồng</source>
        <translation>Đồng bằng sông Hồng</translation>
    </message>
    <message>
        <source>Bắc Trung Bộ</source>
        <translation>Bắc Trung Bộ</translation>
    </message>
    <message>
        <source>Duyên hải Nam Trung Bộ</source>
        <translation>Duyên hải Nam Trung Bộ</translation>
    </message>
    <message>
        <source>Tây Nguyên</source>
        <translation>Tây Nguyên</translation>
    </message>
    <message>
        <source>Đông Nam Bộ</source>
        <translation>Đông Nam Bộ</translation>
    </message>
    <message>
        <source>Đồng bằng sông Cửu Long</source>
        <translation>Đồng bằng sông Cửu Long</translation>
    </message>
    <message>
        <source>Xã nhóm 1 (liền kề đô thị, tỷ trọng nông nghiệp dưới 10% hoặc định hướng đô thị)</source>
        <translation>Xã nhóm 1 (liền kề đô thị, tỷ trọng nông nghiệp dưới 10% hoặc định hướng đô thị)</translation>
    </message>
    <message>
        <source>Xã nhóm 2</source>
        <translation>Xã nhóm 2</translation>
    </message>
    <message>
        <source>Xã nhóm 3 (khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi)</source>
        <translation>Xã nhóm 3 (khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi)</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Chưa xác định</source>
        <translation>Chưa xác định</translation>
    </message>
    <message>
        <source>Thống nhất</source>
        <translation>Thống nhất</translation>
    </message>
    <message>
        <source>Không thống nhất</source>
        <translation>Không thống nhất</translation>
    </message>
    <message>
        <source>Ngân sách trung ương</source>
        <translation>Ngân sách trung ương</translation>
    </message>
    <message>
        <source>Ngân sách địa phương</source>
        <translation>Ngân sách địa phương</translation>
    </message>
    <message>
        <source>Vốn lồng ghép</source>
        <translation>Vốn lồng ghép</translation>
    </message>
    <message>
        <source>Vốn tín dụng</source>
        <translation>Vốn tín dụng</translation>
    </message>
    <message>
        <source>Vốn doanh nghiệp</source>
        <translation>Vốn doanh nghiệp</translation>
    </message>
    <message>
        <source>Cộng đồng dân cư</source>
        <translation>Cộng đồng dân cư</translation>
    </message>
    <message>
        <source>Nguồn khác</source>
        <translation>Nguồn khác</translation>
    </message>
    <message>
        <source>Chưa quyết toán</source>
        <translation>Chưa quyết toán</translation>
    </message>
    <message>
        <source>Đang quyết toán</source>
        <translation>Đang quyết toán</translation>
    </message>
    <message>
        <source>Đã quyết toán</source>
        <translation>Đã quyết toán</translation>
    </message>
    <message>
        <source>Chuẩn bị đầu tư</source>
        <translation>Chuẩn bị đầu tư</translation>
    </message>
    <message>
        <source>Đang thi công</source>
        <translation>Đang thi công</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Tiền mặt</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <source>Ngày công</source>
        <translation>Ngày công</translation>
    </message>
    <message>
        <source>Hiến đất</source>
        <translation>Hiến đất</translation>
    </message>
    <message>
        <source>Vật liệu</source>
        <translation>Vật liệu</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Đường xã</source>
        <translation>Đường xã</translation>
    </message>
    <message>
        <source>Đường trục thôn, liên thôn</source>
        <translation>Đường trục thôn, liên thôn</translation>
    </message>
    <message>
        <source>Đường ngõ, xóm</source>
        <translation>Đường ngõ, xóm</translation>
    </message>
    <message>
        <source>Đường trục chính nội đồng</source>
        <translation>Đường trục chính nội đồng</translation>
    </message>
    <message>
        <source>Nhựa</source>
        <translation>Nhựa</translation>
    </message>
    <message>
        <source>Bê tông xi măng</source>
        <translation>Bê tông xi măng</translation>
    </message>
    <message>
        <source>Cấp phối</source>
        <translation>Cấp phối</translation>
    </message>
    <message>
        <source>Đất</source>
        <translation>Đất</translation>
    </message>
    <message>
        <source>Cấp xã</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Cấp thôn</source>
        <translation>Cấp thôn</translation>
    </message>
    <message>
        <source>Mầm non</source>
        <translation>Mầm non</translation>
    </message>
    <message>
        <source>Tiểu học</source>
        <translation>Tiểu học</translation>
    </message>
    <message>
        <source>Trung học cơ sở</source>
        <translation>Trung học cơ sở</translation>
    </message>
    <message>
        <source>Liên cấp</source>
        <translation>Liên cấp</translation>
    </message>
    <message>
        <source>Tốt</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Xuống cấp</source>
        <translation>Xuống cấp</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Tên xã</source>
        <translation>Tên xã</translation>
    </message>
    <message>
        <source>Vùng</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <source>Vùng áp dụng</source>
        <translation>Vùng áp dụng</translation>
    </message>
    <message>
        <source>Nhóm xã</source>
        <translation>Nhóm xã</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Năm đạt chuẩn</source>
        <translation>Năm đạt chuẩn</translation>
    </message>
    <message>
        <source>Năm đăng ký đạt chuẩn</source>
        <translation>Năm đăng ký đạt chuẩn</translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation>Tên thôn</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Số nhân khẩu</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <source>Loại công trình</source>
        <translation>Loại công trình</translation>
    </message>
    <message>
        <source>Tên công trình</source>
        <translation>Tên công trình</translation>
    </message>
    <message>
        <source>Năm xây dựng</source>
        <translation>Năm xây dựng</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Vĩ độ</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Kinh độ</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu</source>
        <translation>Mã chỉ tiêu</translation>
    </message>
    <message>
        <source>Năm đánh giá</source>
        <translation>Năm đánh giá</translation>
    </message>
    <message>
        <source>Trạng thái tự đánh giá</source>
        <translation>Trạng thái tự đánh giá</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Thời hạn hoàn thành</source>
        <translation>Thời hạn hoàn thành</translation>
    </message>
    <message>
        <source>Tên dự án</source>
        <translation>Tên dự án</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư</source>
        <translation>Tổng mức đầu tư</translation>
    </message>
    <message>
        <source>Nợ đọng XDCB</source>
        <translation>Nợ đọng XDCB</translation>
    </message>
    <message>
        <source>Ngày khởi công</source>
        <translation>Ngày khởi công</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Tình trạng quyết toán</source>
        <translation>Tình trạng quyết toán</translation>
    </message>
    <message>
        <source>Tình trạng dự án</source>
        <translation>Tình trạng dự án</translation>
    </message>
    <message>
        <source>Nguồn vốn</source>
        <translation>Nguồn vốn</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Ngày đóng góp</source>
        <translation>Ngày đóng góp</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp</source>
        <translation>Người/đơn vị đóng góp</translation>
    </message>
    <message>
        <source>Loại người đóng góp</source>
        <translation>Loại người đóng góp</translation>
    </message>
    <message>
        <source>Hình thức đóng góp</source>
        <translation>Hình thức đóng góp</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi</source>
        <translation>Đơn giá quy đổi</translation>
    </message>
    <message>
        <source>Giá trị quy đổi (đồng)</source>
        <translation>Giá trị quy đổi (đồng)</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Số hộ được hỏi</source>
        <translation>Số hộ được hỏi</translation>
    </message>
    <message>
        <source>Số hộ hài lòng</source>
        <translation>Số hộ hài lòng</translation>
    </message>
    <message>
        <source>Ngày khảo sát</source>
        <translation>Ngày khảo sát</translation>
    </message>
    <message>
        <source>Đường giao thông</source>
        <translation>Đường giao thông</translation>
    </message>
    <message>
        <source>Kênh mương</source>
        <translation>Kênh mương</translation>
    </message>
    <message>
        <source>Nhà văn hóa, hội trường</source>
        <translation>Nhà văn hóa, hội trường</translation>
    </message>
    <message>
        <source>Sân thể thao</source>
        <translation>Sân thể thao</translation>
    </message>
    <message>
        <source>Trường học</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>Trạm y tế</source>
        <translation>Trạm y tế</translation>
    </message>
    <message>
        <source>Chợ, điểm mua bán</source>
        <translation>Chợ, điểm mua bán</translation>
    </message>
    <message>
        <source>Công trình thủy lợi</source>
        <translation>Công trình thủy lợi</translation>
    </message>
    <message>
        <source>Đường dây điện</source>
        <translation>Đường dây điện</translation>
    </message>
    <message>
        <source>Trạm biến áp</source>
        <translation>Trạm biến áp</translation>
    </message>
    <message>
        <source>Công trình cấp nước</source>
        <translation>Công trình cấp nước</translation>
    </message>
    <message>
        <source>Điểm tập kết rác thải</source>
        <translation>Điểm tập kết rác thải</translation>
    </message>
    <message>
        <source>Công trình khác</source>
        <translation>Công trình khác</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Cấp đường</source>
        <translation>Cấp đường</translation>
    </message>
    <message>
        <source>Chiều dài</source>
        <translation>Chiều dài</translation>
    </message>
    <message>
        <source>Bề rộng mặt đường</source>
        <translation>Bề rộng mặt đường</translation>
    </message>
    <message>
        <source>Kết cấu mặt đường</source>
        <translation>Kết cấu mặt đường</translation>
    </message>
    <message>
        <source>Đã cứng hóa</source>
        <translation>Đã cứng hóa</translation>
    </message>
    <message>
        <source>Đã kiên cố hóa</source>
        <translation>Đã kiên cố hóa</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Diện tích</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <source>Số chỗ ngồi</source>
        <translation>Số chỗ ngồi</translation>
    </message>
    <message>
        <source>Cấp học</source>
        <translation>Cấp học</translation>
    </message>
    <message>
        <source>Đạt chuẩn quốc gia</source>
        <translation>Đạt chuẩn quốc gia</translation>
    </message>
    <message>
        <source>Đạt chuẩn cơ sở vật chất</source>
        <translation>Đạt chuẩn cơ sở vật chất</translation>
    </message>
    <message>
        <source>Đạt chuẩn quốc gia về y tế</source>
        <translation>Đạt chuẩn quốc gia về y tế</translation>
    </message>
    <message>
        <source>Đạt chuẩn theo quy định</source>
        <translation>Đạt chuẩn theo quy định</translation>
    </message>
    <message>
        <source>Diện tích tưới, tiêu</source>
        <translation>Diện tích tưới, tiêu</translation>
    </message>
    <message>
        <source>Cấp điện áp</source>
        <translation>Cấp điện áp</translation>
    </message>
    <message>
        <source>Công suất</source>
        <translation>Công suất</translation>
    </message>
    <message>
        <source>Số hộ được cấp nước</source>
        <translation>Số hộ được cấp nước</translation>
    </message>
    <message>
        <source>Sức chứa</source>
        <translation>Sức chứa</translation>
    </message>
    <message>
        <source>Hạ thế</source>
        <translation>Hạ thế</translation>
    </message>
    <message>
        <source>Trung thế</source>
        <translation>Trung thế</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Giá trị, số lượng</source>
        <translation>Giá trị, số lượng</translation>
    </message>
    <message>
        <source>Số đếm</source>
        <translation>Số đếm</translation>
    </message>
    <message>
        <source>Đạt/Không đạt</source>
        <translation>Đạt/Không đạt</translation>
    </message>
    <message>
        <source>Phải không có</source>
        <translation>Phải không có</translation>
    </message>
    <message>
        <source>Giữ nguyên</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Giao thông</source>
        <translation>Giao thông</translation>
    </message>
    <message>
        <source>Thủy lợi</source>
        <translation>Thủy lợi</translation>
    </message>
    <message>
        <source>Điện</source>
        <translation>Điện</translation>
    </message>
    <message>
        <source>Giáo dục</source>
        <translation>Giáo dục</translation>
    </message>
    <message>
        <source>Y tế</source>
        <translation>Y tế</translation>
    </message>
    <message>
        <source>Văn hóa</source>
        <translation>Văn hóa</translation>
    </message>
    <message>
        <source>Thương mại</source>
        <translation>Thương mại</translation>
    </message>
    <message>
        <source>Môi trường, nước sạch</source>
        <translation>Môi trường, nước sạch</translation>
    </message>
    <message>
        <source>Phát triển sản xuất</source>
        <translation>Phát triển sản xuất</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Mục lục</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Dàn trang</source>
        <translation>Dàn trang</translation>
    </message>
    <message>
        <source>Đã ghi hồ sơ</source>
        <translation>Đã ghi hồ sơ</translation>
    </message>
    <message>
        <source>Đọc thông tin xã</source>
        <translation>Đọc thông tin xã</translation>
    </message>
    <message>
        <source>Đánh giá các tiêu chí</source>
        <translation>Đánh giá các tiêu chí</translation>
    </message>
    <message>
        <source>Tổng hợp hạ tầng</source>
        <translation>Tổng hợp hạ tầng</translation>
    </message>
    <message>
        <source>Tổng hợp dự án, nguồn vốn</source>
        <translation>Tổng hợp dự án, nguồn vốn</translation>
    </message>
    <message>
        <source>Tổng hợp đóng góp của cộng đồng</source>
        <translation>Tổng hợp đóng góp của cộng đồng</translation>
    </message>
    <message>
        <source>Khảo sát, nợ đọng</source>
        <translation>Khảo sát, nợ đọng</translation>
    </message>
    <message>
        <source>Mã xác minh</source>
        <translation>Mã xác minh</translation>
    </message>
    <message>
        <source>Đã đọc dữ liệu</source>
        <translation>Đã đọc dữ liệu</translation>
    </message>
    <message>
        <source>Tờ trình đề nghị xét, công nhận xã đạt chuẩn nông thôn mới</source>
        <translation>Tờ trình đề nghị xét, công nhận xã đạt chuẩn nông thôn mới</translation>
    </message>
    <message>
        <source>Báo cáo kết quả xây dựng nông thôn mới</source>
        <translation>Báo cáo kết quả xây dựng nông thôn mới</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp ý kiến tham gia</source>
        <translation>Báo cáo tổng hợp ý kiến tham gia</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp đề nghị xét công nhận</source>
        <translation>Biên bản cuộc họp đề nghị xét công nhận</translation>
    </message>
    <message>
        <source>Báo cáo tình hình nợ đọng xây dựng cơ bản</source>
        <translation>Báo cáo tình hình nợ đọng xây dựng cơ bản</translation>
    </message>
    <message>
        <source>Phụ lục</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Đánh giá các xã</source>
        <translation>Đánh giá các xã</translation>
    </message>
    <message>
        <source>Xuất phản hồi</source>
        <translation>Xuất phản hồi</translation>
    </message>
    <message>
        <source>Kiểm tra bộ tiêu chí</source>
        <translation>Kiểm tra bộ tiêu chí</translation>
    </message>
    <message>
        <source>Ký gói bộ tiêu chí</source>
        <translation>Ký gói bộ tiêu chí</translation>
    </message>
    <message>
        <source>Lưu phiên bản đã ban hành</source>
        <translation>Lưu phiên bản đã ban hành</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Đọc thẻ khóa</source>
        <translation>Đọc thẻ khóa</translation>
    </message>
    <message>
        <source>Đăng ký khóa</source>
        <translation>Đăng ký khóa</translation>
    </message>
    <message>
        <source>Đánh giá xã</source>
        <translation>Đánh giá xã</translation>
    </message>
    <message>
        <source>In báo cáo thẩm định</source>
        <translation>In báo cáo thẩm định</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Ghi tệp</source>
        <translation>Ghi tệp</translation>
    </message>
</context>
</TS>
