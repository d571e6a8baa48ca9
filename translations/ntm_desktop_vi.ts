<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
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
        <source>&amp;Ngôn ngữ giao diện</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo.</translation>
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
    <name>errors</name>
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
</context>
<context>
    <name>model</name>
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
</context>
</TS>
