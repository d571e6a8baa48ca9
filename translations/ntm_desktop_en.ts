<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Ảnh công trình</source>
        <translation>Photos of the item</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Kéo thả ảnh vào cửa sổ này để đính kèm.</source>
        <translation>Drag photos onto this window to attach them.</translation>
    </message>
    <message>
        <source>Kéo thả ảnh, tài liệu vào cửa sổ này để đính kèm; nhấp đúp để mở.</source>
        <translation>Drag photos and documents onto this window to attach them; double-click to open.</translation>
    </message>
    <message>
        <source>Thêm &amp;ảnh…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <source>Thêm &amp;tệp…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>&amp;Bỏ ảnh</source>
        <translation>&amp;Remove photo</translation>
    </message>
    <message>
        <source>&amp;Bỏ tệp</source>
        <translation>&amp;Remove file</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở bằng chương trình xem của máy.</source>
        <translation>Double-click to open it with this computer&apos;s viewer.</translation>
    </message>
    <message>
        <source>Chỉ đính kèm được tệp ảnh (JPG, PNG…).</source>
        <translation>Only photo files (JPG, PNG…) can be attached.</translation>
    </message>
    <message>
        <source>Không có tệp nào để đính kèm.</source>
        <translation>There is no file to attach.</translation>
    </message>
    <message>
        <source>Đang đọc ảnh…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <source>Chọn ảnh công trình</source>
        <translation>Choose photos of the item</translation>
    </message>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>Chọn ảnh, tài liệu cần đính kèm</source>
        <translation>Choose photos and documents to attach</translation>
    </message>
    <message>
        <source>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.pdf *.doc *.docx *.xls *.xlsx *.odt *.ods *.txt)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Đăng ký thẻ khóa của các xã</source>
        <translation>Trust the communes&apos; key cards</translation>
    </message>
    <message>
        <source>Gọi điện cho từng xã, đọc mã vân tay và chỉ đánh dấu dòng khớp hoàn toàn. Xã đã có khóa đang dùng: chỉ thay khi xã xác nhận đã đổi khóa (đánh dấu cột “Thay khóa cũ”).</source>
        <translation>Phone each commune, read the fingerprint and tick only the rows that match exactly. A commune that already has a key in use: replace it only when the commune confirms it changed its key (tick “Replace old key”).</translation>
    </message>
    <message>
        <source>Đã so khớp</source>
        <translation>Compared</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Thay khóa cũ</source>
        <translation>Replace old key</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đăng ký các thẻ đã đánh dấu</source>
        <translation>Trust the ticked cards</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chưa đánh dấu thẻ nào.</source>
        <translation>No card ticked.</translation>
    </message>
    <message>
        <source>Đã đăng ký %1/%2 thẻ.</source>
        <translation>Trusted %1/%2 cards.</translation>
    </message>
</context>
<context>
    <name>CatalogEditorPage</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nội dung chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>So sánh</source>
        <translation>≥ ≤ =</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Từ năm</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn chung, áp dụng cho mọi xã chưa có mức riêng của vùng/nhóm</source>
        <translation>Common level, for every commune without a level of its own region/group</translation>
    </message>
    <message>
        <source>Áp dụng từ năm đánh giá (trống: mọi năm)</source>
        <translation>Applies from this evaluation year (empty: every year)</translation>
    </message>
    <message>
        <source>Tỉnh đã xác nhận mức đạt chuẩn này bằng quyết định</source>
        <translation>The province confirmed this level by a decision</translation>
    </message>
    <message>
        <source>Nhóm %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>Căn cứ %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Provincial criteria</translation>
    </message>
    <message>
        <source>ví dụ 15/2026/QĐ-UBND</source>
        <translation>e.g. 15/2026/QĐ-UBND</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>ví dụ UBND tỉnh …</source>
        <translation>e.g. UBND tỉnh …</translation>
    </message>
    <message>
        <source>tên tỉnh</source>
        <translation>province name</translation>
    </message>
    <message>
        <source>mã</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Căn cứ Quyết định số</source>
        <translation>Legal basis: Decision No.</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>of</translation>
    </message>
    <message>
        <source>của</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Mã tỉnh</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>Mã bộ</source>
        <translation>Set ID</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tên bộ tiêu chí</source>
        <translation>Title of the set</translation>
    </message>
    <message>
        <source>Bộ tiêu chí quốc gia:</source>
        <translation>National set:</translation>
    </message>
    <message>
        <source>Tỉnh:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>Mã bộ:</source>
        <translation>Set ID:</translation>
    </message>
    <message>
        <source>Phiên bản:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Tên bộ tiêu chí:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Bảng chỉ tiêu và mức đạt chuẩn</source>
        <translation>Indicators and levels</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>So với bộ quốc gia</source>
        <translation>vs national set</translation>
    </message>
    <message>
        <source>So với bản trước</source>
        <translation>vs last published</translation>
    </message>
    <message>
        <source>So với phiên bản đã ban hành gần nhất</source>
        <translation>Compared with the last published version</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Tách chỉ tiêu…</source>
        <translation>Split indicator…</translation>
    </message>
    <message>
        <source>Bỏ chỉ tiêu</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Lưu dự thảo</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Ban hành…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>Chỉ tiêu đang chọn</source>
        <translation>Selected indicator</translation>
    </message>
    <message>
        <source>số, nếu khác quyết định chung</source>
        <translation>number, if not the general decision</translation>
    </message>
    <message>
        <source>ví dụ Bộ Giáo dục và Đào tạo</source>
        <translation>e.g. Bộ Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <source>Căn cứ riêng:</source>
        <translation>Own legal basis:</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <source>Căn cứ %1 (quyết định chung của tỉnh)</source>
        <translation>Legal basis: %1 (the province&apos;s general decision)</translation>
    </message>
    <message>
        <source>Theo bộ tiêu chí quốc gia</source>
        <translation>As in the national set</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Nhập Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Chưa có không gian thẩm định.</source>
        <translation>No appraiser workspace yet.</translation>
    </message>
    <message>
        <source>Đang mở bộ tiêu chí…</source>
        <translation>Opening the criteria…</translation>
    </message>
    <message>
        <source>“%1” không phải là số.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu</source>
        <translation>%1 indicators</translation>
    </message>
    <message>
        <source>đã ban hành phiên bản %1</source>
        <translation>version %1 published</translation>
    </message>
    <message>
        <source>chưa lưu</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>đã lưu lúc %1</source>
        <translation>saved at %1</translation>
    </message>
    <message>
        <source>%1 lỗi</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Lỗi (%1)</source>
        <translation>Errors (%1)</translation>
    </message>
    <message>
        <source>Chưa sửa gì so với bộ quốc gia.</source>
        <translation>Nothing changed from the national set.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí này chưa ban hành lần nào.</source>
        <translation>This set has never been published.</translation>
    </message>
    <message>
        <source>Không có thay đổi so với bản đã ban hành.</source>
        <translation>No change since the published version.</translation>
    </message>
    <message>
        <source>thêm</source>
        <translation>added</translation>
    </message>
    <message>
        <source>bỏ</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>sửa</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>text</translation>
    </message>
    <message>
        <source>loại</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>so sánh</source>
        <translation>comparator</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>từ năm</source>
        <translation>from year</translation>
    </message>
    <message>
        <source>xác nhận</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>căn cứ</source>
        <translation>legal basis</translation>
    </message>
    <message>
        <source>mức chung</source>
        <translation>common level</translation>
    </message>
    <message>
        <source>mức %1</source>
        <translation>level %1</translation>
    </message>
    <message>
        <source>Khôi phục chỉ tiêu</source>
        <translation>Restore indicator</translation>
    </message>
    <message>
        <source>Tách chỉ tiêu %1</source>
        <translation>Split indicator %1</translation>
    </message>
    <message>
        <source>Tách thành bao nhiêu chỉ tiêu?</source>
        <translation>Split into how many indicators?</translation>
    </message>
    <message>
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Excel table (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất bảng bộ tiêu chí ra Excel</source>
        <translation>Export the criteria table to Excel</translation>
    </message>
    <message>
        <source>Đang ghi bảng Excel…</source>
        <translation>Writing the Excel table…</translation>
    </message>
    <message>
        <source>Đã ghi bảng Excel: %1</source>
        <translation>Excel table written: %1</translation>
    </message>
    <message>
        <source>Nhập bảng bộ tiêu chí từ Excel</source>
        <translation>Import the criteria table from Excel</translation>
    </message>
    <message>
        <source>Đang đọc bảng Excel…</source>
        <translation>Reading the Excel table…</translation>
    </message>
    <message>
        <source>Đã đọc bảng Excel vào bản dự thảo.</source>
        <translation>The Excel table was read into the draft.</translation>
    </message>
    <message>
        <source>Đang kiểm tra bộ tiêu chí…</source>
        <translation>Checking the criteria…</translation>
    </message>
    <message>
        <source>Chưa ban hành được</source>
        <translation>Cannot publish yet</translation>
    </message>
    <message>
        <source>Bộ tiêu chí còn %1 lỗi. Hãy sửa các ô tô đỏ (danh sách ở thẻ “Lỗi”) rồi ban hành lại.

Lỗi đầu tiên: %2</source>
        <translation>The set still has %1 errors. Correct the cells shown in red (listed under “Errors”), then publish again.

First error: %2</translation>
    </message>
    <message>
        <source>Chọn thư mục ghi gói bộ tiêu chí</source>
        <translation>Choose the folder for the criteria package</translation>
    </message>
    <message>
        <source>Ban hành bộ tiêu chí</source>
        <translation>Publish the criteria</translation>
    </message>
    <message>
        <source>Ban hành “%1”, phiên bản %2, căn cứ %3?

%4 chỉ tiêu khác bộ quốc gia. Gói bộ tiêu chí được ký và ghi vào %5; gửi gói này cho các xã (thư điện tử, USB).</source>
        <translation>Publish “%1”, version %2, legal basis %3?

%4 indicators differ from the national set. The criteria package is signed and written to %5; send it to the communes (e-mail, USB).</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Mật khẩu khóa ký</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <source>Nhập mật khẩu khóa ký của cơ quan:</source>
        <translation>Passphrase of the body&apos;s signing key:</translation>
    </message>
    <message>
        <source>Đang ký và ghi gói bộ tiêu chí…</source>
        <translation>Signing and writing the criteria package…</translation>
    </message>
    <message>
        <source>Đã ban hành phiên bản %1: %2</source>
        <translation>Version %1 published: %2</translation>
    </message>
    <message>
        <source>Đã ban hành phiên bản %1 (gói số %2) vào %3. Gửi gói này cho các xã.</source>
        <translation>Version %1 published (package %2) to %3. Send this package to the communes.</translation>
    </message>
</context>
<context>
    <name>ColumnFitter</name>
    <message>
        <source>Cột hiển thị</source>
        <translation>Columns shown</translation>
    </message>
</context>
<context>
    <name>CommunesModel</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Trước 7/2025</source>
        <translation>Before 7/2025</translation>
    </message>
    <message>
        <source>Tiêu chí đạt</source>
        <translation>Criteria met</translation>
    </message>
    <message>
        <source>Gói cuối</source>
        <translation>Last package</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Chưa thẩm định</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>nguy cơ thu hồi</source>
        <translation>at risk of revocation</translation>
    </message>
    <message>
        <source>có tiêu chí không còn đạt</source>
        <translation>a criterion no longer met</translation>
    </message>
    <message>
        <source>Theo kết quả thẩm định</source>
        <translation>By the appraisal</translation>
    </message>
    <message>
        <source>Theo tự đánh giá của xã (chưa thẩm định)</source>
        <translation>By the commune&apos;s self-assessment (not yet appraised)</translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <source>Các xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Năm đánh giá:</source>
        <translation>Evaluation year:</translation>
    </message>
    <message>
        <source>Tìm theo mã, tên xã, xã hoặc huyện cũ (gõ không dấu cũng được)</source>
        <translation>Search by code, commune name, former commune or district (accents optional)</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Thẩm định xã này</source>
        <translation>Review this commune</translation>
    </message>
    <message>
        <source>Đang đọc kết quả các xã…</source>
        <translation>Reading the communes&apos; results…</translation>
    </message>
    <message>
        <source>Hiện %1/%2 xã; đã phê duyệt %3.</source>
        <translation>Showing %1/%2 communes; %3 approved.</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <source>Nhập nhanh (chỉ dùng bàn phím)</source>
        <translation>Quick entry (keyboard only)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sổ đóng góp&lt;/b&gt;  Lọc:</source>
        <translation>&lt;b&gt;Contributions ledger&lt;/b&gt;  Filter:</translation>
    </message>
    <message>
        <source>Lọc theo hình thức</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Lọc theo thôn</source>
        <translation>Filter by village</translation>
    </message>
    <message>
        <source>Lọc theo dự án</source>
        <translation>Filter by project</translation>
    </message>
    <message>
        <source>Tìm trong sổ đóng góp</source>
        <translation>Search the contributions ledger</translation>
    </message>
    <message>
        <source>Tìm người đóng góp, số biên nhận (không cần dấu)</source>
        <translation>Search contributor, receipt no. (accents optional)</translation>
    </message>
    <message>
        <source>Sổ đóng góp</source>
        <translation>Contributions ledger</translation>
    </message>
    <message>
        <source>Theo hình thức</source>
        <translation>By type</translation>
    </message>
    <message>
        <source>Theo thôn</source>
        <translation>By village</translation>
    </message>
    <message>
        <source>Theo dự án</source>
        <translation>By project</translation>
    </message>
    <message>
        <source>&amp;Sửa khoản đã chọn</source>
        <translation>&amp;Edit selected</translation>
    </message>
    <message>
        <source>Đưa khoản đang chọn lên ô nhập nhanh để sửa (Enter hoặc nhấp đúp)</source>
        <translation>Load the selected contribution into quick entry to edit it (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Xóa khoản đã chọn</source>
        <translation>&amp;Delete selected</translation>
    </message>
    <message>
        <source>Xóa khoản đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Delete the selected contribution (Delete key); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Xuất sổ đóng góp (theo bộ lọc đang chọn) và bảng tổng hợp ra tệp Excel</source>
        <translation>Export the ledger (with the current filter) and the totals to an Excel file</translation>
    </message>
    <message>
        <source>Chưa có khoản đóng góp nào. Gõ vào dòng “Nhập nhanh” phía trên; Enter ở ô cuối để ghi khoản.</source>
        <translation>No contributions yet. Type in the “Quick entry” row above; Enter in the last box records it.</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Mọi hình thức</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Số khoản</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Giá trị (đồng)</source>
        <translation>Value (VND)</translation>
    </message>
    <message>
        <source>Mọi thôn</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Mọi dự án</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>%1 khoản</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(không ghi thôn)</source>
        <translation>(no village)</translation>
    </message>
    <message>
        <source>(không gắn dự án)</source>
        <translation>(no project)</translation>
    </message>
    <message>
        <source>Xóa khoản đóng góp</source>
        <translation>Delete contribution</translation>
    </message>
    <message>
        <source>Xóa khoản đóng góp của %1 ngày %2?</source>
        <translation>Delete the contribution from %1 dated %2?</translation>
    </message>
    <message>
        <source>&amp;Xóa khoản này</source>
        <translation>&amp;Delete it</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa khoản đóng góp của %1</source>
        <translation>Delete contribution from %1</translation>
    </message>
    <message>
        <source>Xuất sổ đóng góp ra Excel</source>
        <translation>Export the contributions ledger to Excel</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang xuất sổ đóng góp ra Excel…</source>
        <translation>Exporting the contributions ledger to Excel…</translation>
    </message>
    <message>
        <source>Đã xuất %1 khoản ra %2.</source>
        <translation>Exported %1 entries to %2.</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <source>Biểu đồ tình trạng các tiêu chí</source>
        <translation>Chart of the criteria status</translation>
    </message>
    <message>
        <source>Tỷ lệ chỉ tiêu đạt trong mỗi tiêu chí</source>
        <translation>Share of indicators met in each criterion</translation>
    </message>
    <message>
        <source>Tiêu chí %1 — %2
%3: %4/%5 chỉ tiêu đạt
Bấm để xem chi tiết</source>
        <translation>Criterion %1 — %2
%3: %4/%5 indicators met
Click for details</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <source>&lt;b&gt;Các chỉ tiêu và mức đạt chuẩn của bộ tiêu chí này do tỉnh ban hành.&lt;/b&gt; Khi nhận được bộ tiêu chí của tỉnh (gói .ntmpkg hoặc tệp .json), hãy nhập ở trang &lt;a href=&apos;sync&apos;&gt;Đồng bộ&lt;/a&gt; → “Nhập gói…” (hoặc Tệp → “Cài bộ tiêu chí của tỉnh…”). Đến lúc đó, mỗi tiêu chí dưới đây chỉ được tự đánh giá Đạt hoặc Chưa đạt.</source>
        <translation>&lt;b&gt;The indicators and thresholds of this criteria set are issued by the province.&lt;/b&gt; When you receive the province&apos;s criteria set (a .ntmpkg package or a .json file), import it on the &lt;a href=&apos;sync&apos;&gt;Sync&lt;/a&gt; page → “Import package…” (or File → “Install province criteria set…”). Until then, each criterion below can only be self-assessed as Met or Not met.</translation>
    </message>
    <message>
        <source>Đạt %1/%2 tiêu chí</source>
        <translation>%1/%2 criteria met</translation>
    </message>
    <message>
        <source>Hồ sơ năm %1: %2</source>
        <translation>%1 dossier: %2</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Required level: %1</translation>
    </message>
    <message>
        <source>Căn cứ %1</source>
        <translation>Legal basis: %1</translation>
    </message>
    <message>
        <source>Đang xem số liệu năm %1</source>
        <translation>Showing the figures of %1</translation>
    </message>
    <message>
        <source>Sửa giá trị chỉ tiêu %1</source>
        <translation>Edit the value of indicator %1</translation>
    </message>
    <message>
        <source>Sửa trạng thái chỉ tiêu %1</source>
        <translation>Edit the status of indicator %1</translation>
    </message>
    <message>
        <source>Sửa ghi chú chỉ tiêu %1</source>
        <translation>Edit the note of indicator %1</translation>
    </message>
    <message>
        <source>Sửa người phụ trách chỉ tiêu %1</source>
        <translation>Edit the person responsible for indicator %1</translation>
    </message>
    <message>
        <source>Sửa thời hạn chỉ tiêu %1</source>
        <translation>Edit the target date of indicator %1</translation>
    </message>
    <message>
        <source>Sửa chỉ tiêu %1</source>
        <translation>Edit indicator %1</translation>
    </message>
    <message>
        <source>Chọn ảnh hoặc tài liệu minh chứng</source>
        <translation>Choose photos or documents as evidence</translation>
    </message>
    <message>
        <source>Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf *.doc *.docx *.xls *.xlsx)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.webp *.pdf *.doc *.docx *.xls *.xlsx)</translation>
    </message>
    <message>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Đang chuẩn bị tệp %1…</source>
        <translation>Preparing %1…</translation>
    </message>
    <message>
        <source>Thêm minh chứng cho chỉ tiêu %1</source>
        <translation>Add evidence to indicator %1</translation>
    </message>
    <message>
        <source>Bỏ minh chứng của chỉ tiêu %1</source>
        <translation>Remove evidence from indicator %1</translation>
    </message>
    <message>
        <source>Tìm theo mã hoặc nội dung…</source>
        <translation>Search by code or text…</translation>
    </message>
    <message>
        <source>Tìm chỉ tiêu</source>
        <translation>Search indicators</translation>
    </message>
    <message>
        <source>Chỉ hiện chỉ tiêu chưa đạt</source>
        <translation>Only indicators not yet met</translation>
    </message>
    <message>
        <source>Ẩn các chỉ tiêu đã đạt hoặc không áp dụng</source>
        <translation>Hide the indicators that are met or not applicable</translation>
    </message>
    <message>
        <source>Năm đánh giá:</source>
        <translation>Evaluation year:</translation>
    </message>
    <message>
        <source>Năm của số liệu tự đánh giá đang xem và sửa</source>
        <translation>The year of the self-assessment being viewed and edited</translation>
    </message>
    <message>
        <source>Năm đánh giá</source>
        <translation>Evaluation year</translation>
    </message>
    <message>
        <source>Cây tiêu chí và chỉ tiêu</source>
        <translation>Criteria and indicators</translation>
    </message>
    <message>
        <source>Chọn một chỉ tiêu ở danh sách bên trái để xem và cập nhật.</source>
        <translation>Choose an indicator in the list on the left to view and update it.</translation>
    </message>
    <message>
        <source>&amp;Giá trị:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Tự đánh giá:</source>
        <translation>&amp;Self-assessment:</translation>
    </message>
    <message>
        <source>Trạng thái tự đánh giá</source>
        <translation>Self-assessed status</translation>
    </message>
    <message>
        <source>Để “—” nếu muốn chương trình tự tính từ số liệu</source>
        <translation>Leave “—” to let the program work it out from the figures</translation>
    </message>
    <message>
        <source>&amp;Người phụ trách:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Person responsible</translation>
    </message>
    <message>
        <source>T&amp;hời hạn hoàn thành:</source>
        <translation>&amp;Target date:</translation>
    </message>
    <message>
        <source>— chưa đặt —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <source>Thời hạn hoàn thành</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Minh chứng (ảnh, tài liệu)</source>
        <translation>Evidence (photos, documents)</translation>
    </message>
    <message>
        <source>&amp;Thêm tệp…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Đính kèm ảnh hoặc tài liệu làm minh chứng cho chỉ tiêu này</source>
        <translation>Attach photos or documents as evidence for this indicator</translation>
    </message>
    <message>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Mở tệp đang chọn bằng chương trình xem của máy</source>
        <translation>Open the selected file with the computer&apos;s viewer</translation>
    </message>
    <message>
        <source>&amp;Bỏ liên kết</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>Bỏ tệp đang chọn khỏi minh chứng của chỉ tiêu (tệp vẫn được lưu trong sổ)</source>
        <translation>Remove the selected file from this indicator&apos;s evidence (the file stays in the workbook)</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Appraisal feedback</translation>
    </message>
</context>
<context>
    <name>CriteriaTreeModel</name>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Đạt yêu cầu</source>
        <translation>Requirement met</translation>
    </message>
    <message>
        <source>Không có (= 0)</source>
        <translation>None (= 0)</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Khai báo</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Từ sổ công trình</source>
        <translation>From register</translation>
    </message>
    <message>
        <source>So với mức</source>
        <translation>Vs. threshold</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng.
Nguồn: %1</source>
        <translation>This threshold has not been verified: confirm it against the province&apos;s decision before relying on it.
Source: %1</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Threshold: %1</translation>
    </message>
    <message>
        <source>Căn cứ: %1</source>
        <translation>Legal source: %1</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn theo: %1</source>
        <translation>Threshold set by: %1</translation>
    </message>
    <message>
        <source>⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng.</source>
        <translation>⚠ This threshold has not been verified: confirm it against the province&apos;s decision before relying on it.</translation>
    </message>
    <message>
        <source>Tiêu chí / chỉ tiêu</source>
        <translation>Criterion / indicator</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1/%2 đạt</source>
        <translation>%1/%2 met</translation>
    </message>
    <message>
        <source>%1/%2 chỉ tiêu</source>
        <translation>%1/%2 indicators</translation>
    </message>
    <message>
        <source>Trạng thái khai báo (%1) khác với kết quả tính từ số liệu (%2).</source>
        <translation>The declared status (%1) differs from the result computed from the figures (%2).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Ý kiến gửi xã:</source>
        <translation>Comments to the commune:</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Thư mục lưu gói phản hồi</source>
        <translation>Folder for the feedback package</translation>
    </message>
    <message>
        <source>Lưu gói phản hồi vào:</source>
        <translation>Save the feedback package in:</translation>
    </message>
    <message>
        <source>Mật khẩu khóa ký:</source>
        <translation>Signing key passphrase:</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hãy ghi ý kiến để xã biết cần sửa gì.</source>
        <translation>Write comments so the commune knows what to fix.</translation>
    </message>
    <message>
        <source>Hãy chọn thư mục lưu gói phản hồi.</source>
        <translation>Choose the folder for the feedback package.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Báo cáo kết quả</source>
        <translation>Results report</translation>
    </message>
    <message>
        <source>Báo cáo ý kiến</source>
        <translation>Opinions report</translation>
    </message>
    <message>
        <source>Báo cáo nợ đọng</source>
        <translation>Outstanding debt report</translation>
    </message>
    <message>
        <source>Biên bản họp</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>CHỦ TỊCH</source>
        <translation>CHỦ TỊCH (chairman)</translation>
    </message>
    <message>
        <source>Kính gửi:</source>
        <translation>Addressed to:</translation>
    </message>
    <message>
        <source>Ủy ban nhân dân tỉnh …</source>
        <translation>Provincial People&apos;s Committee of …</translation>
    </message>
    <message>
        <source>%1 số:</source>
        <translation>%1 no.:</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <source>Thành viên biểu quyết:</source>
        <translation>Voting members:</translation>
    </message>
    <message>
        <source>tổng số</source>
        <translation>total</translation>
    </message>
    <message>
        <source>số có mặt</source>
        <translation>present</translation>
    </message>
    <message>
        <source>có mặt</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý:</source>
        <translation>Votes in favour:</translation>
    </message>
    <message>
        <source>không đồng ý</source>
        <translation>against</translation>
    </message>
    <message>
        <source>Công tác tổ chức, chỉ đạo, điều hành</source>
        <translation>Organisation, direction and management</translation>
    </message>
    <message>
        <source>Công tác tuyên truyền, vận động</source>
        <translation>Information and mobilisation</translation>
    </message>
    <message>
        <source>Tồn tại, hạn chế và nguyên nhân</source>
        <translation>Shortcomings, limitations and their causes</translation>
    </message>
    <message>
        <source>Kế hoạch duy trì, nâng cao chất lượng tiêu chí</source>
        <translation>Plan to maintain and raise the criteria</translation>
    </message>
    <message>
        <source>Đoạn bổ sung trong tờ trình</source>
        <translation>Additional paragraph in the submission</translation>
    </message>
    <message>
        <source>Ý kiến của Mặt trận Tổ quốc và các tổ chức</source>
        <translation>Opinions of the Fatherland Front and organisations</translation>
    </message>
    <message>
        <source>Ý kiến của nhân dân</source>
        <translation>Opinions of the people</translation>
    </message>
    <message>
        <source>Ý kiến thảo luận tại cuộc họp</source>
        <translation>Discussion at the meeting</translation>
    </message>
    <message>
        <source>Thuyết minh tình hình nợ đọng, quyết toán</source>
        <translation>Notes on outstanding debt and settlement</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu của xã.</source>
        <translation>No commune workbook is open.</translation>
    </message>
    <message>
        <source>Lập tự động</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Bản giấy kèm theo</source>
        <translation>Paper copy attached</translation>
    </message>
    <message>
        <source>&lt;b&gt;Còn thiếu %1 thông tin&lt;/b&gt; trước khi in bản chính thức (bấm đúp để nhập):</source>
        <translation>&lt;b&gt;%1 items missing&lt;/b&gt; before the official version can be printed (double-click to enter):</translation>
    </message>
    <message>
        <source>✓ Đã nhập đủ thông tin của các văn bản; tiêu chí và điều kiện công nhận được kiểm tra khi lập hồ sơ.</source>
        <translation>✓ Every document&apos;s information is filled in; the criteria and recognition conditions are checked when the dossier is built.</translation>
    </message>
    <message>
        <source>Sửa thông tin hồ sơ</source>
        <translation>Edit dossier details</translation>
    </message>
    <message>
        <source>Còn thiếu %1 thông tin: hãy nhập đủ (xem “Danh mục hồ sơ”) hoặc chọn “Bản dự thảo”.</source>
        <translation>%1 items are missing: fill them in (see “Dossier checklist”) or choose “Draft”.</translation>
    </message>
    <message>
        <source>Đang lập hồ sơ…</source>
        <translation>Building the dossier…</translation>
    </message>
    <message>
        <source>Đang lập hồ sơ PDF…</source>
        <translation>Building the dossier PDF…</translation>
    </message>
    <message>
        <source>Đã hủy lập hồ sơ.</source>
        <translation>Dossier building cancelled.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chưa in được bản chính thức: %1 nội dung chưa đáp ứng&lt;/b&gt; (bản dự thảo in được, kèm trang kiểm tra):</source>
        <translation>&lt;b&gt;The official dossier cannot be printed yet: %1 item(s) not met&lt;/b&gt; (a draft can be printed, with a check page):</translation>
    </message>
    <message>
        <source>bản dự thảo</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>bản chính thức</source>
        <translation>official version</translation>
    </message>
    <message>
        <source>Hồ sơ %1: %2 trang, mã hồ sơ %3.</source>
        <translation>Dossier (%1): %2 pages, dossier code %3.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa đủ điều kiện in bản chính thức; xem danh sách ở trang “Danh mục hồ sơ”.</source>
        <translation>The dossier does not yet qualify for the official print; see the list on the “Checklist” tab.</translation>
    </message>
    <message>
        <source>Lưu hồ sơ PDF</source>
        <translation>Save dossier PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đang lưu hồ sơ PDF…</source>
        <translation>Saving the dossier PDF…</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ (%1 trang): %2</source>
        <translation>Dossier saved (%1 pages): %2</translation>
    </message>
    <message>
        <source>&amp;Danh mục hồ sơ</source>
        <translation>Dossier &amp;checklist</translation>
    </message>
    <message>
        <source>Danh mục tài liệu của hồ sơ</source>
        <translation>Documents of the dossier</translation>
    </message>
    <message>
        <source>TT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tài liệu</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Cách lập</source>
        <translation>Prepared as</translation>
    </message>
    <message>
        <source>Thông tin còn thiếu</source>
        <translation>Missing details</translation>
    </message>
    <message>
        <source>Bấm đúp để đến ô cần nhập</source>
        <translation>Double-click to go to the field</translation>
    </message>
    <message>
        <source>&amp;Số văn bản, người ký</source>
        <translation>&amp;Numbers and signer</translation>
    </message>
    <message>
        <source>Nội dung &amp;thuyết minh</source>
        <translation>&amp;Narrative texts</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Năm đề nghị công nhận</source>
        <translation>Year of the recognition request</translation>
    </message>
    <message>
        <source>Bản &amp;dự thảo</source>
        <translation>&amp;Draft</translation>
    </message>
    <message>
        <source>In chữ “DỰ THẢO” trên mọi trang và để trống các chỗ còn thiếu</source>
        <translation>Print “DỰ THẢO” (draft) on every page and leave gaps where details are missing</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Lập hồ sơ PDF và hiển thị ở đây</source>
        <translation>Build the dossier PDF and show it here</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Lưu PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Bấm “Xem trước” để lập hồ sơ. Có thể in bản dự thảo khi còn thiếu số văn bản, ngày hoặc người ký.</source>
        <translation>Click “Preview” to build the dossier. A draft can be printed while document numbers, dates or the signer are still missing.</translation>
    </message>
</context>
<context>
    <name>DropRouter</name>
    <message>
        <source>Chỉ nhập được gói dữ liệu .ntmpkg khi thả vào cửa sổ. Ảnh, tài liệu minh chứng hãy thả vào danh sách minh chứng của chỉ tiêu; tệp Excel/JSON dùng menu Tệp → Nhập dữ liệu.</source>
        <translation>Only .ntmpkg data packages can be dropped on the window. Drop photos and documents on an indicator&apos;s evidence list; for Excel/JSON files use File → Import data.</translation>
    </message>
    <message>
        <source>Hãy mở hoặc tạo sổ dữ liệu của xã trước khi nhập gói dữ liệu.</source>
        <translation>Open or create the commune&apos;s workbook before importing data packages.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not complete the action</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>Danh sách minh chứng</source>
        <translation>Evidence list</translation>
    </message>
    <message>
        <source>Chưa có minh chứng. Bấm “Thêm tệp…” hoặc kéo thả ảnh, tài liệu vào đây.</source>
        <translation>No evidence yet. Click “Add files…” or drag photos and documents here.</translation>
    </message>
    <message>
        <source>Chụp lúc: %1</source>
        <translation>Taken: %1</translation>
    </message>
    <message>
        <source>Nhấp đúp để mở bằng chương trình xem của máy.</source>
        <translation>Double-click to open it with the computer&apos;s viewer.</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <source>“%1” phải là một số.</source>
        <translation>“%1” must be a number.</translation>
    </message>
    <message>
        <source>Hãy nhập “%1”.</source>
        <translation>Please enter “%1”.</translation>
    </message>
    <message>
        <source>“%1” không được nhỏ hơn %2.</source>
        <translation>“%1” must not be less than %2.</translation>
    </message>
    <message>
        <source>“%1” không được lớn hơn %2.</source>
        <translation>“%1” must not be greater than %2.</translation>
    </message>
    <message>
        <source>“%1” phải là số nguyên.</source>
        <translation>“%1” must be a whole number.</translation>
    </message>
    <message>
        <source>“%1”: hãy nhập ngày dạng 05/03/2025.</source>
        <translation>“%1”: enter a date like 05/03/2025 (day/month/year).</translation>
    </message>
    <message>
        <source>“%1” quá xa trong quá khứ.</source>
        <translation>“%1” is too far in the past.</translation>
    </message>
    <message>
        <source>“%1” không được là ngày trong tương lai.</source>
        <translation>“%1” must not be in the future.</translation>
    </message>
    <message>
        <source>Hãy chọn “%1”.</source>
        <translation>Please choose “%1”.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;Nhập dữ liệu từ tệp Excel/JSON…</source>
        <translation>&amp;Import data from an Excel/JSON file…</translation>
    </message>
    <message>
        <source>Nạp số liệu từ tệp Excel hoặc JSON do NTM Desktop xuất ra</source>
        <translation>Load figures from an Excel or JSON file exported by NTM Desktop</translation>
    </message>
    <message>
        <source>&amp;Xuất toàn bộ dữ liệu…</source>
        <translation>&amp;Export all data…</translation>
    </message>
    <message>
        <source>Ghi toàn bộ số liệu của xã ra tệp Excel hoặc JSON</source>
        <translation>Write all of the commune&apos;s figures to an Excel or JSON file</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Tạo ngay một bản sao của sổ dữ liệu</source>
        <translation>Make a copy of the workbook right now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Đưa sổ dữ liệu về trạng thái của một bản sao lưu</source>
        <translation>Bring the workbook back to the state of a backup</translation>
    </message>
    <message>
        <source>Cài &amp;bộ tiêu chí của tỉnh…</source>
        <translation>Install the &amp;province&apos;s criteria set…</translation>
    </message>
    <message>
        <source>Cài bộ tiêu chí nông thôn mới do tỉnh ban hành (tệp .json)</source>
        <translation>Install the new-rural criteria set issued by the province (.json file)</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Thôn, bản…</source>
        <translation>&amp;Villages…</translation>
    </message>
    <message>
        <source>Danh sách thôn, bản: số hộ, nhân khẩu, thứ tự</source>
        <translation>List of villages: households, population, order</translation>
    </message>
    <message>
        <source>&amp;Kết quả khảo sát sự hài lòng…</source>
        <translation>Resident &amp;satisfaction survey…</translation>
    </message>
    <message>
        <source>Nhập kết quả lấy ý kiến sự hài lòng của người dân (điều kiện công nhận)</source>
        <translation>Enter the result of the residents&apos; satisfaction survey (a recognition condition)</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sổ dữ liệu không thay đổi.</source>
        <translation>The workbook has not been changed.</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu</source>
        <translation>No workbook open</translation>
    </message>
    <message>
        <source>Hãy mở hoặc tạo sổ dữ liệu của xã trước.</source>
        <translation>Open or create the commune&apos;s workbook first.</translation>
    </message>
    <message>
        <source>Chọn tệp dữ liệu cần nhập</source>
        <translation>Choose the data file to import</translation>
    </message>
    <message>
        <source>Tệp dữ liệu NTM (*.xlsx *.json);;Tệp Excel (*.xlsx);;Tệp JSON (*.json)</source>
        <translation>NTM data files (*.xlsx *.json);;Excel files (*.xlsx);;JSON files (*.json)</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhập dữ liệu từ %1…</source>
        <translation>Checking and importing data from %1…</translation>
    </message>
    <message>
        <source>Không nhập được dữ liệu</source>
        <translation>Could not import the data</translation>
    </message>
    <message>
        <source>Đã hủy nhập dữ liệu; sổ dữ liệu không thay đổi.</source>
        <translation>Import cancelled; the workbook has not been changed.</translation>
    </message>
    <message>
        <source>Đã nhập dữ liệu từ tệp %1. Số dòng đã thêm hoặc cập nhật:</source>
        <translation>Imported the data from %1. Rows added or updated:</translation>
    </message>
    <message>
        <source>Tệp %1 không có gì mới: mọi dòng trong tệp đã có sẵn trong sổ dữ liệu.</source>
        <translation>%1 has nothing new: every row in the file is already in the workbook.</translation>
    </message>
    <message>
        <source>Đã nhập dữ liệu</source>
        <translation>Data imported</translation>
    </message>
    <message>
        <source>Đã nhập dữ liệu từ %1.</source>
        <translation>Imported the data from %1.</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel file (*.xlsx)</translation>
    </message>
    <message>
        <source>Xuất toàn bộ dữ liệu</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <source>Đang xuất dữ liệu ra %1…</source>
        <translation>Exporting the data to %1…</translation>
    </message>
    <message>
        <source>Không xuất được dữ liệu</source>
        <translation>Could not export the data</translation>
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
        <translation>All data exported (%1) to the file:</translation>
    </message>
    <message>
        <source>Đã xuất dữ liệu</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Đã xuất dữ liệu ra %1.</source>
        <translation>Exported the data to %1.</translation>
    </message>
    <message>
        <source>Đang sao lưu sổ dữ liệu…</source>
        <translation>Backing up the workbook…</translation>
    </message>
    <message>
        <source>Không sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Đã sao lưu sổ dữ liệu vào:
%1</source>
        <translation>The workbook was backed up to:
%1</translation>
    </message>
    <message>
        <source>Đã sao lưu sổ dữ liệu.</source>
        <translation>Workbook backed up.</translation>
    </message>
    <message>
        <source>Đang khôi phục sổ dữ liệu…</source>
        <translation>Restoring the workbook…</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Đã khôi phục sổ dữ liệu từ bản sao lưu lúc %1.

Sổ dữ liệu trước khi khôi phục vẫn được giữ lại tại:
%2</source>
        <translation>The workbook was restored from the backup of %1.

The workbook as it was before the restore is kept at:
%2</translation>
    </message>
    <message>
        <source>Đã khôi phục sổ dữ liệu.</source>
        <translation>Workbook restored.</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Chọn tệp bộ tiêu chí của tỉnh</source>
        <translation>Choose the province&apos;s criteria set file</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh (*.json)</source>
        <translation>Province criteria set (*.json)</translation>
    </message>
    <message>
        <source>Đang kiểm tra và cài bộ tiêu chí của tỉnh…</source>
        <translation>Checking and installing the province&apos;s criteria set…</translation>
    </message>
    <message>
        <source>Không cài được bộ tiêu chí</source>
        <translation>Could not install the criteria set</translation>
    </message>
    <message>
        <source>Cài bộ tiêu chí của tỉnh</source>
        <translation>Install the province&apos;s criteria set</translation>
    </message>
    <message>
        <source>Đã cài bộ tiêu chí của tỉnh</source>
        <translation>Province criteria set installed</translation>
    </message>
    <message>
        <source>Đã cài và áp dụng bộ tiêu chí:
%1

Các tiêu chí của xã được đánh giá lại theo bộ tiêu chí này.</source>
        <translation>Installed and applied the criteria set:
%1

The commune&apos;s criteria are now evaluated against this set.</translation>
    </message>
    <message>
        <source>Đã cài bộ tiêu chí của tỉnh (%1).</source>
        <translation>Province criteria set installed (%1).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>&amp;Tiếp theo &gt;</source>
        <extracomment>what the window frame (title bar, borders) takes beyond the wizard, when the window system has not told us yet (before the first show) the size the wizard asks for when the screen has room (logical pixels)</extracomment>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Tạo sổ</source>
        <translation>&amp;Create workbook</translation>
    </message>
    <message>
        <source>&amp;Tạo không gian</source>
        <translation>&amp;Create workspace</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <source>Cấp huyện (trước 7/2025)</source>
        <translation>District level (before 7/2025)</translation>
    </message>
    <message>
        <source>Không tìm thấy xã nào. Hãy kiểm tra chính tả hoặc gõ mã xã 5 chữ số.</source>
        <translation>No commune found. Check the spelling or type the 5-digit commune code.</translation>
    </message>
    <message>
        <source>%1 — %2 (mã %3)</source>
        <translation>%1 — %2 (code %3)</translation>
    </message>
    <message>
        <source>Trước 7/2025: %1, %2, %3</source>
        <translation>Before 7/2025: %1, %2, %3</translation>
    </message>
    <message>
        <source>Đã chọn: &lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>Chosen: &lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>— chọn vùng —</source>
        <translation>— choose the region —</translation>
    </message>
    <message>
        <source>— chọn nhóm xã —</source>
        <translation>— choose the commune group —</translation>
    </message>
    <message>
        <source>Giai đoạn %1–%2, %3 tiêu chí. Căn cứ: %4</source>
        <translation>Period %1–%2, %3 criteria. Legal basis: %4</translation>
    </message>
    <message>
        <source>Hãy chọn nhóm xã (theo quyết định của tỉnh).</source>
        <translation>Choose the commune group (as decided by the province).</translation>
    </message>
    <message>
        <source>Hãy chọn vùng của xã.</source>
        <translation>Choose the commune&apos;s region.</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Đã tạo sổ dữ liệu của &lt;b&gt;%1&lt;/b&gt; tại %2.</source>
        <translation>The workbook of &lt;b&gt;%1&lt;/b&gt; was created at %2.</translation>
    </message>
    <message>
        <source>Đã tạo không gian thẩm định “%1” tại %2.</source>
        <translation>The appraisal workspace “%1” was created at %2.</translation>
    </message>
    <message>
        <source>Chưa tạo được khóa ký: %1</source>
        <translation>The signing key could not be created: %1</translation>
    </message>
    <message>
        <source>Đang mở xã mẫu…</source>
        <translation>Opening the demo commune…</translation>
    </message>
    <message>
        <source>Thiết lập NTM Desktop</source>
        <translation>NTM Desktop setup</translation>
    </message>
    <message>
        <source>Chào mừng đến với NTM Desktop</source>
        <translation>Welcome to NTM Desktop</translation>
    </message>
    <message>
        <source>Sổ theo dõi xây dựng nông thôn mới, dùng được không cần Internet. Trước tiên, cho biết bạn làm việc ở đâu.</source>
        <translation>A workbook for New Rural Development that works without the Internet. First, tell us where you work.</translation>
    </message>
    <message>
        <source>Tôi là cán bộ &amp;xã — theo dõi và tự đánh giá tiêu chí của xã mình</source>
        <translation>I am a &amp;commune officer — I track and self-assess my commune&apos;s criteria</translation>
    </message>
    <message>
        <source>Tôi là cán bộ &amp;thẩm định (huyện/tỉnh) — nhận và thẩm định hồ sơ của các xã</source>
        <translation>I am an &amp;appraiser (district/province) — I receive and appraise the communes&apos; dossiers</translation>
    </message>
    <message>
        <source>Muốn xem thử trước? Mở một xã mẫu có sẵn số liệu (không ảnh hưởng đến sổ của bạn; lần mở sau trình thiết lập sẽ hiện lại).</source>
        <translation>Want to look around first? Open a demo commune with sample figures (your own workbook is not affected; the setup appears again next time).</translation>
    </message>
    <message>
        <source>Mở xã mẫu (&amp;demo)</source>
        <translation>Open the &amp;demo commune</translation>
    </message>
    <message>
        <source>Xã của bạn</source>
        <translation>Your commune</translation>
    </message>
    <message>
        <source>Gõ tên xã, phường (có dấu hoặc không dấu, ví dụ “vinh yen”) rồi chọn trong danh sách. Có thể gõ cả tên cũ trước khi sắp xếp năm 2025.</source>
        <translation>Type the name of the commune or ward (with or without accents, e.g. “vinh yen”) and choose it in the list. Names from before the 2025 reorganisation work too.</translation>
    </message>
    <message>
        <source>Tên hoặc mã xã, phường…</source>
        <translation>Name or code of the commune or ward…</translation>
    </message>
    <message>
        <source>Tìm xã</source>
        <translation>Search communes</translation>
    </message>
    <message>
        <source>Kết quả tìm xã</source>
        <translation>Communes found</translation>
    </message>
    <message>
        <source>Chưa chọn xã.</source>
        <translation>No commune chosen yet.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>Chọn bộ tiêu chí xã đang thực hiện và vùng (hoặc nhóm xã) để chương trình dùng đúng mức đạt chuẩn.</source>
        <translation>Choose the criteria set your commune follows and its region (or commune group) so that the right thresholds apply.</translation>
    </message>
    <message>
        <source>&amp;Bộ tiêu chí:</source>
        <translation>Criteria &amp;set:</translation>
    </message>
    <message>
        <source>&amp;Vùng:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Xã đặc biệt khó khăn (ĐBKK) hoặc xã an toàn khu (ATK)</source>
        <translation>Especially disadvantaged commune (ĐBKK) or safe-zone commune (ATK)</translation>
    </message>
    <message>
        <source>Theo QĐ 318/QĐ-TTg, xã đặc biệt khó khăn và xã an toàn khu được áp dụng mức đạt chuẩn của vùng Trung du và miền núi phía Bắc, dù xã thuộc vùng nào. Đánh dấu ô trên nếu xã của bạn thuộc diện này.</source>
        <translation>Under Decision 318/QĐ-TTg, especially disadvantaged and safe-zone communes use the thresholds of the Northern Midlands and Mountains region, whatever their region. Tick the box above if this applies to your commune.</translation>
    </message>
    <message>
        <source>&amp;Nhóm xã:</source>
        <translation>Commune &amp;group:</translation>
    </message>
    <message>
        <source>Các thôn, bản</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Nhập tên thôn, số hộ và số nhân khẩu. Gõ vào dòng trống cuối cùng để thêm thôn; có thể bổ sung sau.</source>
        <translation>Enter each village&apos;s name, households and population. Type in the last, empty row to add a village; you can add more later.</translation>
    </message>
    <message>
        <source>Danh sách thôn</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Số nhân khẩu</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>&amp;Xóa dòng đang chọn</source>
        <translation>&amp;Delete the selected row</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <source>Tên của bạn được ghi vào nhật ký mỗi thay đổi và vào hồ sơ. Bấm “Tạo sổ” để tạo sổ dữ liệu và khóa ký.</source>
        <translation>Your name is recorded with every change and in the dossiers. Click “Create workbook” to create the workbook and the signing key.</translation>
    </message>
    <message>
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&amp;Chức vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>ví dụ: Công chức Nông nghiệp - Môi trường</source>
        <translation>e.g. Agriculture and Environment officer</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Không gian thẩm định</source>
        <translation>Appraisal workspace</translation>
    </message>
    <message>
        <source>Cho biết cơ quan thẩm định. Chương trình tạo không gian thẩm định và khóa ký để nhận gói dữ liệu của các xã.</source>
        <translation>Name the appraising body. The program creates an appraisal workspace and a signing key to receive the communes&apos; packages.</translation>
    </message>
    <message>
        <source>&amp;Cơ quan:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>ví dụ: Văn phòng Điều phối nông thôn mới tỉnh Lạng Sơn</source>
        <translation>e.g. Lạng Sơn Province New Rural Development Coordination Office</translation>
    </message>
    <message>
        <source>C&amp;ấp:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Khi hoàn tất, chương trình mở cửa sổ thẩm định: đăng ký khóa của các xã, nhập gói, thẩm định, trả lại hoặc phê duyệt, tổng hợp và ban hành bộ tiêu chí của tỉnh.</source>
        <translation>When you finish, the program opens the appraiser&apos;s window: register the communes&apos; keys, import packages, review, return or approve, roll up, and publish the province&apos;s criteria.</translation>
    </message>
    <message>
        <source>Đã sẵn sàng</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Sổ dữ liệu và khóa ký đã được tạo.</source>
        <translation>The workbook and the signing key have been created.</translation>
    </message>
    <message>
        <source>Mã vân tay của khóa ký (đọc cho cơ quan thẩm định để đối chiếu khi trao đổi dữ liệu):</source>
        <translation>Fingerprint of the signing key (read it to the appraisers so they can check it when you exchange data):</translation>
    </message>
    <message>
        <source>&amp;In thẻ khóa…</source>
        <translation>&amp;Print key card…</translation>
    </message>
    <message>
        <source>Khóa riêng chỉ nằm trên máy này. Bấm “Hoàn tất” để bắt đầu làm việc; có thể sửa thông tin xã trong Tệp → Cài đặt.</source>
        <translation>The private key stays on this computer. Click “Finish” to start; you can change the commune&apos;s details in File → Settings.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>(Bắt đầu phiên làm việc)</source>
        <translation>(Start of this session)</translation>
    </message>
    <message>
        <source>Các thao tác có thể hoàn tác</source>
        <translation>Actions that can be undone</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Đang tìm trong lịch sử…</source>
        <translation>Searching the history…</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu.</source>
        <translation>No workbook is open.</translation>
    </message>
    <message>
        <source>%1 thay đổi</source>
        <translation>%1 changes</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem dữ liệu trước và sau khi thay đổi.</source>
        <translation>Select a row to see the data before and after the change.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; %3&lt;br&gt;%4 — %5 — mục nhật ký số %6</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; %3&lt;br&gt;%4 — %5 — journal entry no. %6</translation>
    </message>
    <message>
        <source>Đang kiểm tra nhật ký…</source>
        <translation>Checking the journal…</translation>
    </message>
    <message>
        <source>Đang kiểm tra toàn vẹn nhật ký…</source>
        <translation>Checking the journal&apos;s integrity…</translation>
    </message>
    <message>
        <source>✓ Nhật ký toàn vẹn: đã kiểm tra %1 mục, không mục nào bị sửa hay bị xóa.</source>
        <translation>✓ The journal is intact: %1 entries checked, none altered or removed.</translation>
    </message>
    <message>
        <source>✗ Nhật ký bị hỏng từ mục số %1: %2. Dữ liệu có thể đã bị sửa ngoài chương trình — hãy báo cán bộ phụ trách và khôi phục từ bản sao lưu.</source>
        <translation>✗ The journal is broken from entry no. %1: %2. The data may have been changed outside the program — tell the officer in charge and restore from a backup.</translation>
    </message>
    <message>
        <source>&amp;Dữ liệu:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Chỉ xem thay đổi của một loại dữ liệu</source>
        <translation>Show only changes to one kind of data</translation>
    </message>
    <message>
        <source>&amp;Người sửa:</source>
        <translation>&amp;Changed by:</translation>
    </message>
    <message>
        <source>Chỉ xem thay đổi do một người thực hiện</source>
        <translation>Show only changes made by one person</translation>
    </message>
    <message>
        <source>&amp;Từ ngày:</source>
        <translation>&amp;From:</translation>
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
        <translation>First day (leave “—” for no limit)</translation>
    </message>
    <message>
        <source>đến:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Ngày cuối (để “—” nếu không giới hạn)</source>
        <translation>Last day (leave “—” for no limit)</translation>
    </message>
    <message>
        <source>Tìm trong nội dung thay đổi…</source>
        <translation>Search the changed data…</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <source>Xem lại toàn bộ nhật ký</source>
        <translation>Show the whole journal again</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change journal</translation>
    </message>
    <message>
        <source>&amp;Kiểm tra toàn vẹn nhật ký</source>
        <translation>Check journal &amp;integrity</translation>
    </message>
    <message>
        <source>Tính lại chuỗi mã băm của mọi mục nhật ký để phát hiện sửa đổi trái phép</source>
        <translation>Recompute the hash chain of every journal entry to detect tampering</translation>
    </message>
    <message>
        <source>Chi tiết thay đổi</source>
        <translation>Change details</translation>
    </message>
    <message>
        <source>Dữ liệu trước và sau khi thay đổi</source>
        <translation>Data before and after the change</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Thao tác trong phiên làm việc này</source>
        <translation>Actions in this session</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Hủy thao tác vừa làm (Ctrl+Z)</source>
        <translation>Undo the last action (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Làm lại thao tác vừa hủy (Ctrl+Shift+Z)</source>
        <translation>Redo the action just undone (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <source>Các trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu…</source>
        <translation>Import packages…</translation>
    </message>
    <message>
        <source>Nhập từ thư mục thư điện tử</source>
        <translation>Import from the e-mail folder</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kéo thả gói dữ liệu (.ntmpkg) hoặc cả thư mục vào cửa sổ để nhập.</source>
        <translation>Drop packages (.ntmpkg) or a whole folder on the window to import them.</translation>
    </message>
    <message>
        <source>NTM Desktop — Thẩm định: %1</source>
        <translation>NTM Desktop — Appraisal: %1</translation>
    </message>
    <message>
        <source>Chỉ nhập được gói dữ liệu .ntmpkg hoặc thư mục; bỏ qua: %1</source>
        <translation>Only .ntmpkg packages or folders can be imported; skipped: %1</translation>
    </message>
    <message>
        <source>Các xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Nhập gói</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cách ly</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Thẩm định xã</source>
        <translation>Review a commune</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Province criteria</translation>
    </message>
    <message>
        <source>Khóa và tin cậy</source>
        <translation>Keys and trust</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Nhập gói dữ liệu của các xã</source>
        <translation>Import the communes&apos; packages</translation>
    </message>
    <message>
        <source>Kéo thả tệp .ntmpkg hoặc cả thư mục vào cửa sổ, chọn tệp, hoặc nhập thư mục nơi lưu tệp đính kèm thư điện tử. Mỗi gói được kiểm tra chữ ký và từng tệp thành phần trước khi nhập; gói hỏng hoặc lạ được chuyển vào Cách ly, không thay đổi gì.</source>
        <translation>Drop .ntmpkg files or a whole folder on the window, choose files, or import the folder where e-mail attachments are saved. Each package&apos;s signature and every member are checked before anything is applied; damaged or unknown packages go to Quarantine and change nothing.</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Nhập thư mục thư điện tử</source>
        <translation>Import the e-mail folder</translation>
    </message>
    <message>
        <source>Đặt thư mục thư điện tử…</source>
        <translation>Set the e-mail folder…</translation>
    </message>
    <message>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>So mã vân tay, đăng ký khóa và kiểm tra lại…</source>
        <translation>Compare fingerprint, trust the key and re-check…</translation>
    </message>
    <message>
        <source>Thẩm định xã này</source>
        <translation>Review this commune</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu cần nhập</source>
        <translation>Choose the packages to import</translation>
    </message>
    <message>
        <source>Gói dữ liệu NTM (*.ntmpkg);;Mọi tệp (*)</source>
        <translation>NTM packages (*.ntmpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa gói dữ liệu</source>
        <translation>Choose the folder holding the packages</translation>
    </message>
    <message>
        <source>Thư mục thư điện tử: %1</source>
        <translation>E-mail folder: %1</translation>
    </message>
    <message>
        <source>Chưa đặt thư mục thư điện tử.</source>
        <translation>No e-mail folder set.</translation>
    </message>
    <message>
        <source>Thư mục lưu tệp đính kèm thư điện tử</source>
        <translation>Folder where e-mail attachments are saved</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhập…</source>
        <translation>Checking and importing…</translation>
    </message>
    <message>
        <source>%1/%2 gói</source>
        <translation>%1/%2 packages</translation>
    </message>
    <message>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Đã nhập %1 gói; đã có %2; từ chối %3; khóa chưa đăng ký %4.</source>
        <translation>Imported %1 packages; %2 already held; %3 refused; %4 from unknown keys.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu; các gói còn lại chưa nhập.</source>
        <translation>Stopped on request; the remaining packages were not imported.</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Đã có</source>
        <translation>Already held</translation>
    </message>
    <message>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Khóa chưa đăng ký</source>
        <translation>Unknown key</translation>
    </message>
    <message>
        <source>Gói này được ký bằng khóa của “%1” (xã %2).

Mã vân tay:
%3

Gọi điện cho cán bộ xã, đọc mã vân tay trên máy của họ và so từng nhóm ký tự. Chỉ đăng ký khi khớp hoàn toàn.</source>
        <translation>This package is signed with the key of “%1” (commune %2).

Fingerprint:
%3

Phone the commune officer, have them read the fingerprint shown on their computer and compare each group. Trust it only if it matches exactly.</translation>
    </message>
    <message>
        <source>Đăng ký khóa của xã</source>
        <translation>Trust the commune&apos;s key</translation>
    </message>
    <message>
        <source>Khớp — đăng ký và kiểm tra lại</source>
        <translation>It matches — trust and re-check</translation>
    </message>
    <message>
        <source>Không khớp</source>
        <translation>It does not match</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <source>Có (đạt yêu cầu)</source>
        <translation>Yes (requirement met)</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>— (tự tính từ số liệu)</source>
        <translation>— (computed from the figures)</translation>
    </message>
    <message>
        <source>Chọn một chỉ tiêu ở danh sách bên trái để xem và cập nhật.</source>
        <extracomment>the legal source of the catalog in use, cited when an indicator&apos;s own source is a research note (set by the Tiêu chí page) the warning that the shown year is approved and locked by the appraiser (&quot;&quot; if not; set by the Tiêu chí page): shown above the fields, the edit itself is not blocked</extracomment>
        <translation>Choose an indicator in the list on the left to view and update it.</translation>
    </message>
    <message>
        <source>Tiêu chí %1 — %2: %3</source>
        <translation>Criterion %1 — %2: %3</translation>
    </message>
    <message>
        <source>Trạng thái: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>⚠ Tự đánh giá “%1” nhưng số liệu cho kết quả “%2”. Hãy kiểm tra lại số liệu hoặc trạng thái khai báo.</source>
        <translation>⚠ Self-assessed as “%1” but the figures give “%2”. Check the figures or the declared status.</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Threshold: %1</translation>
    </message>
    <message>
        <source>⚠ Mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh trước khi sử dụng. Nguồn: %1</source>
        <translation>⚠ This threshold has not been verified: confirm it against the province&apos;s decision before relying on it. Source: %1</translation>
    </message>
    <message>
        <source>Mở trang Hạ tầng</source>
        <translation>Open the Infrastructure page</translation>
    </message>
    <message>
        <source>Tự tính từ sổ công trình: %1 → %2. %3</source>
        <translation>Computed from the infrastructure registry: %1 → %2. %3</translation>
    </message>
    <message>
        <source>Chỉ tiêu này được tính từ sổ công trình nhưng chưa có số liệu; tạm dùng giá trị nhập tay. %1</source>
        <translation>This indicator is computed from the infrastructure registry, which has no figures yet; the value typed here is used meanwhile. %1</translation>
    </message>
    <message>
        <source>Giá trị tự tính, không sửa ở đây</source>
        <translation>Computed value; it cannot be edited here</translation>
    </message>
    <message>
        <source>Chưa có ý kiến thẩm định cho chỉ tiêu này.</source>
        <translation>No appraisal feedback for this indicator yet.</translation>
    </message>
    <message>
        <source>đánh giá: %1</source>
        <translation>assessed as: %1</translation>
    </message>
</context>
<context>
    <name>InfraItemDialog</name>
    <message>
        <source>(Cấp xã / không thuộc thôn)</source>
        <translation>(Commune level / no village)</translation>
    </message>
    <message>
        <source>(Chưa đánh giá)</source>
        <translation>(Not assessed)</translation>
    </message>
    <message>
        <source>Tên công trình</source>
        <translation>Facility name</translation>
    </message>
    <message>
        <source>Năm xây dựng</source>
        <translation>Year built</translation>
    </message>
    <message>
        <source>Sửa công trình — %1</source>
        <translation>Edit facility — %1</translation>
    </message>
    <message>
        <source>Thêm công trình — %1</source>
        <translation>Add facility — %1</translation>
    </message>
    <message>
        <source>(Chưa rõ)</source>
        <translation>(Unknown)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>— Chọn —</source>
        <translation>— Choose —</translation>
    </message>
    <message>
        <source>Sửa công trình “%1”</source>
        <translation>Edit facility “%1”</translation>
    </message>
    <message>
        <source>Thêm công trình “%1”</source>
        <translation>Add facility “%1”</translation>
    </message>
    <message>
        <source>Công trình hạ tầng</source>
        <translation>Infrastructure facility</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Loại công trình:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Loại công trình</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <source>&amp;Tên công trình: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>Ví dụ: Đường trục thôn Nà Héc</source>
        <translation>e.g. Nà Héc village main road</translation>
    </message>
    <message>
        <source>T&amp;hôn:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>&amp;Năm xây dựng:</source>
        <translation>&amp;Year built:</translation>
    </message>
    <message>
        <source>Ví dụ: 2019</source>
        <translation>e.g. 2019</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>Con&amp;dition:</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Thông số kỹ thuật</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>Ảnh công trình</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Các ô có dấu * là bắt buộc.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>InfraTableModel</name>
    <message>
        <source>Tên công trình</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Ảnh</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>InfrastructurePage</name>
    <message>
        <source>Chưa có công trình nào. Bấm “Thêm công trình” (phím Insert) để ghi con đường, trường, trạm… đầu tiên.</source>
        <translation>No works yet. Press “Add work” (Insert key) to record the first road, school, health station…</translation>
    </message>
    <message>
        <source>Tất cả các loại</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu.</source>
        <translation>No workbook is open.</translation>
    </message>
    <message>
        <source>Tất cả các thôn</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>%1 công trình</source>
        <translation>%1 facilities</translation>
    </message>
    <message>
        <source>Đang hiện %1 / %2 công trình</source>
        <translation>Showing %1 of %2 facilities</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đường giao thông:&lt;/b&gt; tổng %1 km, đã cứng hóa %2 km (%3).</source>
        <translation>&lt;b&gt;Roads:&lt;/b&gt; %1 km in total, %2 km hard-surfaced (%3).</translation>
    </message>
    <message>
        <source>%1 %2 km, cứng hóa %3</source>
        <translation>%1 %2 km, hard-surfaced %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theo cấp:&lt;/b&gt; </source>
        <translation>&lt;b&gt;By level:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theo kết cấu mặt đường:&lt;/b&gt; </source>
        <translation>&lt;b&gt;By surface:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Kênh mương:&lt;/b&gt; tổng %1 km, đã kiên cố hóa %2 km (%3).</source>
        <translation>&lt;b&gt;Canals:&lt;/b&gt; %1 km in total, %2 km lined (%3).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2 công trình.</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2 facilities.</translation>
    </message>
    <message>
        <source>Đã lưu “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Xóa công trình</source>
        <translation>Delete facility</translation>
    </message>
    <message>
        <source>Xóa công trình “%1”?</source>
        <translation>Delete the facility “%1”?</translation>
    </message>
    <message>
        <source>&amp;Xóa công trình</source>
        <translation>&amp;Delete facility</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Liên kết với dự án và ảnh đính kèm của công trình cũng được bỏ. Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Its links to projects and its attached photos are removed too. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa công trình “%1”</source>
        <translation>Delete facility “%1”</translation>
    </message>
    <message>
        <source>Đã xóa “%1”. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Deleted “%1”. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>&amp;Loại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Loại công trình</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <source>Chọn loại công trình để xem các cột thông số của loại đó</source>
        <translation>Choose a facility type to see its own columns</translation>
    </message>
    <message>
        <source>T&amp;hôn:</source>
        <translation>&amp;Village:</translation>
    </message>
    <message>
        <source>Lọc theo thôn</source>
        <translation>Filter by village</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>Con&amp;dition:</translation>
    </message>
    <message>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by condition</translation>
    </message>
    <message>
        <source>Tìm công trình</source>
        <translation>Search facilities</translation>
    </message>
    <message>
        <source>Tìm theo tên, ghi chú (gõ có dấu hoặc không dấu)</source>
        <translation>Search name or note (accents optional)</translation>
    </message>
    <message>
        <source>&amp;Thêm công trình</source>
        <translation>&amp;Add facility</translation>
    </message>
    <message>
        <source>Thêm một công trình mới (phím Insert)</source>
        <translation>Add a new facility (Insert key)</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Sửa công trình đang chọn (phím Enter hoặc nhấp đúp)</source>
        <translation>Edit the selected facility (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Xóa công trình đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Delete the selected facility (Delete key); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>Danh sách công trình</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Totals</translation>
    </message>
</context>
<context>
    <name>JournalTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người sửa</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>%1 (đã xóa)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <source>(đã xóa)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Đổi khóa ký</source>
        <translation>Change signing key</translation>
    </message>
    <message>
        <source>Chỉ đổi khóa khi khóa cũ có thể đã bị lộ (máy bị mất, sao chép nhầm…).</source>
        <translation>Only change the key when the old one may have been exposed (a lost computer, a copy made by mistake…).</translation>
    </message>
    <message>
        <source>Sau khi đổi, mã vân tay của xã sẽ khác. Các gói gửi đi từ nay mang thông báo đổi khóa do khóa cũ ký, nơi thẩm định tự nhận khóa mới khi nhập gói; nên in thẻ khóa mới và gửi kèm hồ sơ giấy.</source>
        <translation>Afterwards the commune&apos;s fingerprint will be different. Packages sent from now on carry a key-change notice signed by the old key, and the appraiser accepts the new key automatically on import; print the new key card and send it with the paper dossier.</translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation>Change key</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Keep the key</translation>
    </message>
    <message>
        <source>Đã đổi khóa ký</source>
        <translation>Signing key changed</translation>
    </message>
    <message>
        <source>Đã tạo khóa ký mới. Mã vân tay mới:
%1

Hãy in thẻ khóa mới và đọc mã vân tay mới cho nơi thẩm định khi đối chiếu.</source>
        <translation>A new signing key has been created. New fingerprint:
%1

Print the new key card and read the new fingerprint to the appraiser when comparing.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã đổi khóa ký của xã.</source>
        <translation>The commune&apos;s signing key has been changed.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Cơ quan thẩm định và khóa ký</source>
        <translation>Appraising body and signing key</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa công khai…</source>
        <translation>Save public key card…</translation>
    </message>
    <message>
        <source>Lưu ảnh mã QR để in…</source>
        <translation>Save QR code image to print…</translation>
    </message>
    <message>
        <source>In thẻ khóa…</source>
        <translation>Print key card…</translation>
    </message>
    <message>
        <source>Khóa của các xã được tin cậy</source>
        <translation>Communes&apos; trusted keys</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Ngày đăng ký</source>
        <translation>Trusted on</translation>
    </message>
    <message>
        <source>Đăng ký thẻ khóa…</source>
        <translation>Trust key cards…</translation>
    </message>
    <message>
        <source>Đăng ký cả thư mục thẻ khóa…</source>
        <translation>Trust a folder of key cards…</translation>
    </message>
    <message>
        <source>Thu hồi…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa công khai</source>
        <translation>Save public key card</translation>
    </message>
    <message>
        <source>Lưu ảnh mã QR</source>
        <translation>Save QR code image</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa của xã</source>
        <translation>Choose the communes&apos; key cards</translation>
    </message>
    <message>
        <source>Thẻ khóa (*.json *.card *.ntmkey);;Mọi tệp (*)</source>
        <translation>Key cards (*.json *.card *.ntmkey);;All files (*)</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa thẻ khóa của các xã</source>
        <translation>Choose the folder holding the communes&apos; key cards</translation>
    </message>
    <message>
        <source>Mã vân tay khóa ký: %1</source>
        <translation>Signing key fingerprint: %1</translation>
    </message>
    <message>
        <source>Gửi thẻ khóa công khai (hoặc ảnh mã QR) cho các xã; khi xã gọi điện, đọc mã vân tay để xã so.</source>
        <translation>Send the public key card (or the QR code image) to the communes; when a commune phones, read the fingerprint for them to compare.</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Đã thu hồi</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Đã thay bằng khóa mới</source>
        <translation>Replaced by a new key</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Đang đọc thẻ khóa…</source>
        <translation>Reading key cards…</translation>
    </message>
    <message>
        <source>Thu hồi khóa %1 của %2? Gói ký bằng khóa này sẽ bị từ chối.</source>
        <translation>Revoke key %1 of %2? Packages signed with it will be refused.</translation>
    </message>
    <message>
        <source>Thu hồi khóa</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Giá trị quy đổi (đồng)</source>
        <translation>Value (VND)</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Số biên nhận</source>
        <translation>Receipt no.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Hủy thao tác vừa làm</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Làm lại thao tác vừa hủy</source>
        <translation>Redo the action you just undid</translation>
    </message>
    <message>
        <source>Đặt lại &amp;bố cục</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <source>Đưa cửa sổ, các khung và các cột về kích thước mặc định</source>
        <translation>Return the window, panes and columns to their default sizes</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>Mở sổ của &amp;xã tôi</source>
        <translation>Open &amp;my commune</translation>
    </message>
    <message>
        <source>Mở lại sổ dữ liệu của xã mình (trong thư mục dữ liệu)</source>
        <translation>Open your own commune&apos;s workbook again (in the data folder)</translation>
    </message>
    <message>
        <source>&amp;Mở sổ dữ liệu…</source>
        <translation>&amp;Open workbook…</translation>
    </message>
    <message>
        <source>Mở một tệp sổ dữ liệu (.ntm.sqlite) khác</source>
        <translation>Open another workbook file (.ntm.sqlite)</translation>
    </message>
    <message>
        <source>Sổ dữ liệu &amp;gần đây</source>
        <translation>&amp;Recent workbooks</translation>
    </message>
    <message>
        <source>&amp;Thiết lập xã của tôi…</source>
        <translation>&amp;Set up my commune…</translation>
    </message>
    <message>
        <source>Mở lại trình hướng dẫn thiết lập để tạo sổ dữ liệu cho xã mình</source>
        <translation>Start the set-up wizard again to create your commune&apos;s workbook</translation>
    </message>
    <message>
        <source>Mở xã &amp;mẫu (số liệu thử)</source>
        <translation>Open the &amp;demo commune (sample data)</translation>
    </message>
    <message>
        <source>Xuất &amp;gói gửi cấp trên…</source>
        <translation>Export &amp;package for the appraiser…</translation>
    </message>
    <message>
        <source>Ghi gói dữ liệu đã ký ra USB hoặc thư mục để gửi nơi thẩm định</source>
        <translation>Write a signed package to a USB stick or folder for the appraiser</translation>
    </message>
    <message>
        <source>&amp;In hồ sơ…</source>
        <translation>&amp;Print dossier…</translation>
    </message>
    <message>
        <source>Lập hồ sơ đề nghị công nhận rồi in</source>
        <translation>Build the recognition dossier, then print it</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Thông tin xã, năm đánh giá, ngôn ngữ, ảnh</source>
        <translation>Commune details, evaluation year, language, photos</translation>
    </message>
    <message>
        <source>Xem thử chương trình với số liệu của một xã mẫu</source>
        <translation>Try the program with the figures of a demo commune</translation>
    </message>
    <message>
        <source>Mở sổ dữ liệu</source>
        <translation>Open workbook</translation>
    </message>
    <message>
        <source>Sổ dữ liệu NTM (*.ntm.sqlite)</source>
        <translation>NTM workbooks (*.ntm.sqlite)</translation>
    </message>
    <message>
        <source>Xã mẫu (số liệu thử): %1</source>
        <translation>Demo commune (sample data): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;XÃ MẪU — SỐ LIỆU THỬ.&lt;/b&gt; Đây không phải sổ dữ liệu của xã bạn: đừng nhập số liệu thật vào đây. Gói dữ liệu xuất từ xã mẫu bị nơi thẩm định từ chối.</source>
        <translation>&lt;b&gt;DEMO COMMUNE — SAMPLE DATA.&lt;/b&gt; This is not your commune&apos;s workbook: do not enter real data here. Packages exported from the demo commune are refused by the appraiser.</translation>
    </message>
    <message>
        <source>Mở sổ của xã tôi</source>
        <translation>Open my commune</translation>
    </message>
    <message>
        <source>Thiết lập xã của tôi…</source>
        <translation>Set up my commune…</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo.</source>
        <translation>The new language will be used the next time you start the program.</translation>
    </message>
    <message>
        <source>Đã đặt lại bố cục.</source>
        <translation>Layout reset.</translation>
    </message>
    <message>
        <source>XÃ MẪU (số liệu thử)</source>
        <translation>DEMO COMMUNE (SAMPLE DATA)</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu</source>
        <translation>No workbook open</translation>
    </message>
    <message>
        <source>Sổ: %1</source>
        <translation>Workbook: %1</translation>
    </message>
    <message>
        <source>Giới thiệu NTM Desktop</source>
        <translation>About NTM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NTM Desktop %1&lt;/h3&gt;&lt;p&gt;Sổ theo dõi xây dựng nông thôn mới cho cán bộ xã: tự đánh giá tiêu chí, hạ tầng, dự án và nguồn vốn, đóng góp của người dân, lập hồ sơ và đồng bộ dữ liệu — hoạt động hoàn toàn không cần Internet.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NTM Desktop %1&lt;/h3&gt;&lt;p&gt;A New Rural Development workbook for commune officers: criteria self-assessment, infrastructure, projects and funding, residents&apos; contributions, dossiers and data synchronisation — all fully offline, no Internet needed.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chọn một mục để mở trang tương ứng (Ctrl+1 … Ctrl+8)</source>
        <translation>Choose an entry to open its page (Ctrl+1 … Ctrl+8)</translation>
    </message>
    <message>
        <source>Điều hướng</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Chỉnh sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Mở &amp;thư mục dữ liệu</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>Mở thư mục chứa sổ dữ liệu, bản sao lưu và nhật ký</source>
        <translation>Open the folder holding the workbooks, backups and logs</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Đóng chương trình (dữ liệu đã được lưu tự động)</source>
        <translation>Close the program (your data is saved automatically)</translation>
    </message>
    <message>
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Mở thư mục nhật ký để gửi cho bộ phận hỗ trợ khi có lỗi</source>
        <translation>Open the log folder to send to support when something goes wrong</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu NTM Desktop</source>
        <translation>&amp;About NTM Desktop</translation>
    </message>
    <message>
        <source>Phiên bản, giấy phép và thông tin về chương trình</source>
        <translation>Version, licence and information about the program</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Tổng quan</source>
        <extracomment>Written next to the bundled assets by build.spec: the ntm_desktop modules the bundle must contain (the spec&apos;s hidden imports). Absent outside a PyInstaller bundle. Where ``ntm-desktop --self-test`` writes its report when there is no console (windowed executable on Windows): ``%TEMP%\ntm-desktop-selftest.txt``. Tracebacks of failed checks, for support: ``&lt;temp&gt;/ntm-selftest-details.txt``. Modules never imported by the self-test: entry points run main() on import; devtools are build-time helpers.</extracomment>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tình hình đạt chuẩn của xã và các việc cần làm</source>
        <translation>How the commune stands against the standard, and what is left to do</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Tự đánh giá từng tiêu chí và chỉ tiêu</source>
        <translation>Self-assess each criterion and indicator</translation>
    </message>
    <message>
        <source>Hạ tầng</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Đường, trường, trạm, chợ và các công trình khác</source>
        <translation>Roads, schools, health stations, markets and other works</translation>
    </message>
    <message>
        <source>Dự án &amp; nguồn vốn</source>
        <translation>Projects &amp; funding</translation>
    </message>
    <message>
        <source>Dự án đầu tư, nguồn vốn và quyết toán</source>
        <translation>Investment projects, funding sources and final accounts</translation>
    </message>
    <message>
        <source>Đóng góp</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Đóng góp của người dân và tổ chức</source>
        <translation>Contributions from residents and organisations</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Lập hồ sơ, báo cáo và tài liệu đính kèm</source>
        <translation>Prepare dossiers, reports and attachments</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Trao đổi gói dữ liệu với cơ quan cấp trên</source>
        <translation>Exchange data packages with higher-level authorities</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Nhật ký mọi thay đổi của sổ dữ liệu</source>
        <translation>Log of every change to the workbook</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <extracomment>the page&apos;s navigation title and tip (context &quot;Navigation&quot;)</extracomment>
        <translation>Provincial criteria</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn tỉnh quyết định, căn cứ pháp lý; ban hành cho các xã</source>
        <translation>The levels the province decides, with their legal basis; published to the communes</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <source>đồng</source>
        <translation>VND</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Hồ sơ năm %1: %2</source>
        <translation>%1 dossier: %2</translation>
    </message>
    <message>
        <source>tiêu chí đạt chuẩn — năm %1</source>
        <translation>criteria met — %1</translation>
    </message>
    <message>
        <source>Xếp loại: %1</source>
        <translation>Band: %1</translation>
    </message>
    <message>
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Không gian thẩm định&lt;/h3&gt;&lt;p&gt;Thư mục dữ liệu này chứa không gian thẩm định (%1). Khởi động lại chương trình để mở cửa sổ thẩm định. Bạn vẫn có thể mở xã mẫu để xem giao diện của xã.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Appraisal workspace&lt;/h3&gt;&lt;p&gt;This data folder holds an appraisal workspace (%1). Restart the program to open the appraiser&apos;s window. You can still open the sample commune to look at the commune&apos;s screens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Đã quá thời hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Việc cần làm (%1 chỉ tiêu, theo thời hạn)</source>
        <translation>To do (%1 indicators, by target date)</translation>
    </message>
    <message>
        <source>Không còn chỉ tiêu nào chưa đạt.</source>
        <translation>Every indicator is met.</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1: tự đánh giá “%2” nhưng số liệu cho kết quả “%3”.</source>
        <translation>Indicator %1: self-assessed as “%2” but the figures give “%3”.</translation>
    </message>
    <message>
        <source>Nguy cơ bị thu hồi quyết định công nhận đạt chuẩn.</source>
        <translation>Risk that the recognition decision is revoked.</translation>
    </message>
    <message>
        <source>Xã đã được công nhận phải duy trì đủ các tiêu chí: có tiêu chí chưa đạt hoặc chưa xác định.</source>
        <translation>A recognised commune must keep every criterion: some are not met or not determined.</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu tự đánh giá “Đạt” chưa có minh chứng (ảnh, tài liệu).</source>
        <translation>%1 indicators self-assessed as “Met” have no evidence (photos, documents).</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu chưa có số liệu.</source>
        <translation>%1 indicators have no figures yet.</translation>
    </message>
    <message>
        <source>%1 chỉ tiêu có mức đạt chuẩn chưa được kiểm chứng: phải đối chiếu với quyết định của tỉnh.</source>
        <translation>%1 indicators have unverified thresholds: confirm them against the province&apos;s decision.</translation>
    </message>
    <message>
        <source>Không có cảnh báo.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Không còn nợ đọng xây dựng cơ bản</source>
        <translation>No outstanding construction debt</translation>
    </message>
    <message>
        <source>Còn nợ đọng xây dựng cơ bản: %1</source>
        <translation>Outstanding construction debt: %1</translation>
    </message>
    <message>
        <source>Người dân hài lòng: %1 (khảo sát %2); mức tối thiểu theo quy định của tỉnh</source>
        <translation>Residents satisfied: %1 (survey of %2); the minimum is set by the province</translation>
    </message>
    <message>
        <source>Chưa có kết quả khảo sát sự hài lòng của người dân</source>
        <translation>No resident satisfaction survey yet</translation>
    </message>
    <message>
        <source>Đạt đủ các tiêu chí</source>
        <translation>All criteria met</translation>
    </message>
    <message>
        <source>Chưa đạt đủ các tiêu chí</source>
        <translation>Not all criteria met yet</translation>
    </message>
    <message>
        <source>Nhập kết quả khảo sát sự hài lòng…</source>
        <translation>Enter the satisfaction survey result…</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>gói số %1</source>
        <translation>package no. %1</translation>
    </message>
    <message>
        <source>%1 ý kiến, nhận ngày %2</source>
        <translation>%1 opinions, received %2</translation>
    </message>
    <message>
        <source>Gửi lần cuối: %1</source>
        <translation>Last sent: %1</translation>
    </message>
    <message>
        <source>Phản hồi thẩm định: %1</source>
        <translation>Appraisal feedback: %1</translation>
    </message>
    <message>
        <source>Số tiêu chí đạt</source>
        <translation>Criteria met</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Chưa mở sổ dữ liệu của xã&lt;/h3&gt;&lt;p&gt;Thiết lập sổ cho xã của bạn (chọn xã, bộ tiêu chí, các thôn) hoặc mở xã mẫu để xem thử chương trình.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No commune workbook is open&lt;/h3&gt;&lt;p&gt;Set up the workbook of your commune (commune, criteria set, villages) or open the demo commune to try the program.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Thiết lập sổ dữ liệu…</source>
        <translation>&amp;Set up the workbook…</translation>
    </message>
    <message>
        <source>Mở &amp;xã mẫu (demo)</source>
        <translation>Open the &amp;demo commune</translation>
    </message>
    <message>
        <source>Tình trạng các tiêu chí (bấm vào một tiêu chí để xem chi tiết)</source>
        <translation>Criteria status (click a criterion for details)</translation>
    </message>
    <message>
        <source>Việc cần làm (theo thời hạn)</source>
        <translation>To do (by target date)</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Bấm để mở chỉ tiêu ở trang Tiêu chí</source>
        <translation>Click to open the indicator on the Criteria page</translation>
    </message>
    <message>
        <source>Bấm để mở chỉ tiêu liên quan</source>
        <translation>Click to open the indicator concerned</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Phụ trách</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Điều kiện công nhận</source>
        <translation>Recognition conditions</translation>
    </message>
    <message>
        <source>Gửi và nhận dữ liệu</source>
        <translation>Data sent and received</translation>
    </message>
</context>
<context>
    <name>PackagesTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Loại gói</source>
        <translation>Package type</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Gửi đi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Nhận về</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>%1 thay đổi; mã hồ sơ %2</source>
        <translation>%1 changes; dossier code %2</translation>
    </message>
    <message>
        <source>%1 thay đổi; từ %2</source>
        <translation>%1 changes; from %2</translation>
    </message>
    <message>
        <source>Gói cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Gói đầy đủ</source>
        <translation>Full snapshot</translation>
    </message>
    <message>
        <source>Phản hồi thẩm định</source>
        <translation>Appraisal feedback</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Provincial criteria</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Đã có, bỏ qua</source>
        <translation>Already imported, skipped</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Để riêng: khóa chưa đăng ký</source>
        <translation>Set aside: key not registered</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Xem trước hồ sơ</source>
        <translation>Dossier preview</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Cả trang</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Thu phóng:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>In hồ sơ</source>
        <translation>Print dossier</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Đang xây dựng</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <source>Trang này đang được xây dựng và sẽ có trong một phiên bản sắp tới. Dữ liệu của bạn vẫn an toàn; các trang khác vẫn dùng được bình thường.</source>
        <translation>This page is under construction and will arrive in an upcoming version. Your data is safe, and the other pages work as usual.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Tổng mức đầu tư</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>Nợ đọng XDCB</source>
        <translation>Outstanding construction debt</translation>
    </message>
    <message>
        <source>(Không ghi)</source>
        <translation>(Not given)</translation>
    </message>
    <message>
        <source>(Chưa rõ)</source>
        <translation>(Unknown)</translation>
    </message>
    <message>
        <source>Tên dự án</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Ngày khởi công</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>Sửa dự án</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Thêm dự án</source>
        <translation>Add project</translation>
    </message>
    <message>
        <source>Ngày hoàn thành không được trước ngày khởi công.</source>
        <translation>The completion date must not be before the start date.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tổng nguồn vốn:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Total funding:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>bằng %1 tổng mức đầu tư</source>
        <translation>%1 of the total investment</translation>
    </message>
    <message>
        <source> — còn thiếu %1</source>
        <translation> — %1 short</translation>
    </message>
    <message>
        <source> — vượt %1</source>
        <translation> — %1 over</translation>
    </message>
    <message>
        <source>Đã chọn %1 công trình.</source>
        <translation>%1 facilities selected.</translation>
    </message>
    <message>
        <source>Công trình liên quan (%1)</source>
        <translation>Linked facilities (%1)</translation>
    </message>
    <message>
        <source>Sửa dự án “%1”</source>
        <translation>Edit project “%1”</translation>
    </message>
    <message>
        <source>Thêm dự án “%1”</source>
        <translation>Add project “%1”</translation>
    </message>
    <message>
        <source>Tệp đính kèm (%1)</source>
        <translation>Attached files (%1)</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Thông tin và nguồn vốn</source>
        <translation>Details and funding</translation>
    </message>
    <message>
        <source>&amp;Tên dự án: *</source>
        <translation>&amp;Name: *</translation>
    </message>
    <message>
        <source>&amp;Lĩnh vực:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Tình trạng dự án</source>
        <translation>Project status</translation>
    </message>
    <message>
        <source>&amp;Quyết toán:</source>
        <translation>Final &amp;accounts:</translation>
    </message>
    <message>
        <source>Tình trạng quyết toán</source>
        <translation>Final accounts status</translation>
    </message>
    <message>
        <source>Tổng &amp;mức đầu tư (đồng):</source>
        <translation>Total &amp;investment (VND):</translation>
    </message>
    <message>
        <source>Nợ đọng &amp;XDCB (đồng):</source>
        <translation>Outstanding &amp;debt (VND):</translation>
    </message>
    <message>
        <source>Ngày &amp;khởi công:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 10/05/2023</source>
        <translation>day/month/year, e.g. 10/05/2023</translation>
    </message>
    <message>
        <source>Ngày &amp;hoàn thành:</source>
        <translation>&amp;Completion date:</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/01/2024</source>
        <translation>day/month/year, e.g. 05/01/2024</translation>
    </message>
    <message>
        <source>Ghi &amp;chú:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nguồn vốn (đồng)</source>
        <translation>Funding (VND)</translation>
    </message>
    <message>
        <source>Công trình liên quan</source>
        <translation>Linked facilities</translation>
    </message>
    <message>
        <source>Đánh dấu các công trình trong danh mục hạ tầng do dự án này đầu tư.</source>
        <translation>Tick the facilities in the infrastructure registry that this project invests in.</translation>
    </message>
    <message>
        <source>Tìm công trình</source>
        <translation>Search facilities</translation>
    </message>
    <message>
        <source>Tìm công trình theo tên (không cần dấu)</source>
        <translation>Search facilities by name (accents optional)</translation>
    </message>
    <message>
        <source>Công trình hạ tầng</source>
        <translation>Infrastructure facilities</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Ảnh hiện trường, quyết định phê duyệt, biên bản nghiệm thu, hồ sơ quyết toán… của dự án. Tệp được lưu cùng dự án khi bấm “Lưu”.</source>
        <translation>Site photos, approval decisions, acceptance minutes, settlement documents… of the project. The files are saved with the project when you click “Save”.</translation>
    </message>
    <message>
        <source>Các ô có dấu * là bắt buộc.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Triệu đồng</source>
        <translation>Million VND</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu.</source>
        <translation>No workbook is open.</translation>
    </message>
    <message>
        <source>Chưa có dự án nào. Bấm “Thêm dự án” để ghi dự án, tổng mức đầu tư và các nguồn vốn.</source>
        <translation>No projects yet. Press “Add project” to record a project, its total investment and its funding sources.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tổng cộng:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Total:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Không có dự án nào còn nợ đọng.</source>
        <translation>No project has outstanding debt.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8c1d18&apos;&gt;&lt;b&gt;Tổng nợ đọng: %1&lt;/b&gt;&lt;/span&gt; (%2 dự án)</source>
        <translation>&lt;span style=&apos;color:#8c1d18&apos;&gt;&lt;b&gt;Outstanding debt: %1&lt;/b&gt;&lt;/span&gt; (%2 projects)</translation>
    </message>
    <message>
        <source>%1 dự án</source>
        <translation>%1 projects</translation>
    </message>
    <message>
        <source>Đang hiện %1 / %2 dự án</source>
        <translation>Showing %1 of %2 projects</translation>
    </message>
    <message>
        <source>Đã lưu dự án “%1”.</source>
        <translation>Saved project “%1”.</translation>
    </message>
    <message>
        <source>Xóa dự án</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Xóa dự án “%1”?</source>
        <translation>Delete the project “%1”?</translation>
    </message>
    <message>
        <source>&amp;Xóa dự án</source>
        <translation>&amp;Delete project</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Nguồn vốn và liên kết công trình của dự án cũng bị xóa. Có thể hoàn tác bằng Ctrl+Z.</source>
        <translation>Its funding and facility links are deleted too. You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Xóa dự án “%1”</source>
        <translation>Delete project “%1”</translation>
    </message>
    <message>
        <source>Đã xóa dự án “%1”. Nhấn Ctrl+Z để hoàn tác.</source>
        <translation>Deleted project “%1”. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>&amp;Thêm dự án</source>
        <translation>&amp;Add project</translation>
    </message>
    <message>
        <source>Thêm một dự án mới (phím Insert)</source>
        <translation>Add a new project (Insert key)</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Sửa dự án đang chọn (phím Enter hoặc nhấp đúp)</source>
        <translation>Edit the selected project (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Xóa dự án đang chọn (phím Delete); có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Delete the selected project (Delete key); Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>Tìm dự án</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <source>Tìm dự án (không cần dấu)</source>
        <translation>Search projects (accents optional)</translation>
    </message>
    <message>
        <source>Danh sách dự án</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nguồn lực đã huy động&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resources mobilised&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nguồn lực đã huy động theo nguồn</source>
        <translation>Resources mobilised by source</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nợ đọng xây dựng cơ bản&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outstanding construction debt&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ProjectsTableModel</name>
    <message>
        <source>Tên dự án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư
(triệu đồng)</source>
        <translation>Total investment
(million VND)</translation>
    </message>
    <message>
        <source>Vốn đã huy động
(triệu đồng)</source>
        <translation>Funding raised
(million VND)</translation>
    </message>
    <message>
        <source>So với
tổng mức</source>
        <translation>Share of
investment</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quyết toán</source>
        <translation>Final accounts</translation>
    </message>
    <message>
        <source>Nợ đọng XDCB
(triệu đồng)</source>
        <translation>Outstanding debt
(million VND)</translation>
    </message>
    <message>
        <source>Khởi công</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Công trình</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Dự án còn nợ đọng xây dựng cơ bản</source>
        <translation>The project still has outstanding construction debt</translation>
    </message>
</context>
<context>
    <name>QuarantinePage</name>
    <message>
        <source>Cách ly — các gói bị từ chối</source>
        <translation>Quarantine — refused packages</translation>
    </message>
    <message>
        <source>Người gửi là điều gói tự khai, chưa được kiểm chứng. Không gói nào ở đây đã được nhập.</source>
        <translation>The sender is what the package claims, not verified. Nothing here has been imported.</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Người gửi (tự khai)</source>
        <translation>Sender (as claimed)</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <source>Kiểm tra lại tất cả</source>
        <translation>Re-check all</translation>
    </message>
    <message>
        <source>Đăng ký khóa của gói…</source>
        <translation>Trust the package&apos;s key…</translation>
    </message>
    <message>
        <source>Xóa…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Khóa của “%1” (xã %2), mã vân tay:
%3

Gọi điện cho cán bộ xã và so từng nhóm ký tự. Chỉ đăng ký khi khớp hoàn toàn.</source>
        <translation>Key of “%1” (commune %2), fingerprint:
%3

Phone the commune officer and compare each group. Trust it only if it matches exactly.</translation>
    </message>
    <message>
        <source>Đăng ký khóa của xã</source>
        <translation>Trust the commune&apos;s key</translation>
    </message>
    <message>
        <source>Khớp — đăng ký và kiểm tra lại</source>
        <translation>It matches — trust and re-check</translation>
    </message>
    <message>
        <source>Không khớp</source>
        <translation>It does not match</translation>
    </message>
    <message>
        <source>Xóa hẳn %1 tệp khỏi thư mục cách ly? Không khôi phục được.</source>
        <translation>Delete %1 file(s) from the quarantine for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Xóa tệp bị cách ly</source>
        <translation>Delete quarantined files</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Không xóa</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Ví dụ: Hộ ông Nguyễn Văn A</source>
        <translation>e.g. Household of Mr Nguyễn Văn A</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi (đồng)</source>
        <translation>Rate (VND)</translation>
    </message>
    <message>
        <source>Giá trị quy đổi (đồng)</source>
        <translation>Value (VND)</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Tên dự án</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Số biên nhận</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>&amp;Ghi khoản (Enter)</source>
        <translation>&amp;Record (Enter)</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp *</source>
        <translation>Contributor *</translation>
    </message>
    <message>
        <source>Số lượng *</source>
        <translation>Quantity *</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Giá trị (đồng)</source>
        <translation>Value (VND)</translation>
    </message>
    <message>
        <source>Không có thôn “%1”.</source>
        <translation>There is no village “%1”.</translation>
    </message>
    <message>
        <source>Không có dự án “%1”.</source>
        <translation>There is no project “%1”.</translation>
    </message>
    <message>
        <source>Số lượng phải lớn hơn 0.</source>
        <translation>The quantity must be greater than 0.</translation>
    </message>
    <message>
        <source>Enter: sang ô tiếp theo; Enter ở ô cuối: ghi khoản và bắt đầu dòng mới. Esc: xóa dòng đang nhập.</source>
        <translation>Enter: next field; Enter in the last field: record and start a new row. Esc: clear the row.</translation>
    </message>
    <message>
        <source>Sửa khoản đóng góp của %1</source>
        <translation>Edit contribution from %1</translation>
    </message>
    <message>
        <source>Thêm khoản đóng góp của %1</source>
        <translation>Add contribution from %1</translation>
    </message>
    <message>
        <source>✓ Đã ghi: %1 — %2.</source>
        <translation>✓ Recorded: %1 — %2.</translation>
    </message>
    <message>
        <source>&amp;Lưu thay đổi (Enter)</source>
        <translation>&amp;Save changes (Enter)</translation>
    </message>
    <message>
        <source>Đang sửa khoản của %1. Esc: thôi sửa.</source>
        <translation>Editing the contribution from %1. Esc: stop editing.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Khôi phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <source>Chọn tệp &amp;khác…</source>
        <translation>Choose &amp;another file…</translation>
    </message>
    <message>
        <source>Khôi phục từ một tệp sao lưu ở nơi khác (USB…)</source>
        <translation>Restore from a backup file kept elsewhere (USB drive…)</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Thư mục sao lưu: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Bản sao lưu sổ dữ liệu (*.sqlite)</source>
        <translation>Workbook backups (*.sqlite)</translation>
    </message>
    <message>
        <source>Khôi phục sổ dữ liệu?</source>
        <translation>Restore the workbook?</translation>
    </message>
    <message>
        <source>Đưa sổ dữ liệu về bản sao lưu lúc %1?</source>
        <translation>Bring the workbook back to the backup of %1?</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Không khôi phục</source>
        <translation>&amp;Don&apos;t restore</translation>
    </message>
    <message>
        <source>Những thay đổi sau thời điểm đó sẽ không còn trong sổ. Sổ dữ liệu hiện tại được giữ lại thành một bản sao “Trước khi khôi phục”.</source>
        <translation>Changes made after that time will no longer be in the workbook. The current workbook is kept as a “Before restore” copy.</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu cần khôi phục. Sổ dữ liệu sẽ trở về đúng như lúc sao lưu; sổ dữ liệu hiện tại vẫn được giữ lại thành một bản sao “Trước khi khôi phục”, nên có thể quay lại nếu chọn nhầm.</source>
        <translation>Choose the backup to restore. The workbook will be exactly as it was when backed up; the current workbook is kept as a “Before restore” copy, so you can go back if you chose the wrong one.</translation>
    </message>
    <message>
        <source>Ngày giờ sao lưu</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào của sổ dữ liệu này. Hãy dùng “Tệp → Sao lưu ngay”.</source>
        <translation>This workbook has no backups yet. Use “File → Back up now”.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Xã:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Trả lại xã…</source>
        <translation>Return to the commune…</translation>
    </message>
    <message>
        <source>Phê duyệt…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Xuất phản hồi…</source>
        <translation>Export feedback…</translation>
    </message>
    <message>
        <source>In báo cáo thẩm định…</source>
        <translation>Print appraisal report…</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hạ tầng</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư (triệu đồng)</source>
        <translation>Total investment (million VND)</translation>
    </message>
    <message>
        <source>Khởi công</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Nợ đọng (triệu đồng)</source>
        <translation>Outstanding debt (million VND)</translation>
    </message>
    <message>
        <source>Dự án và nguồn vốn</source>
        <translation>Projects and funding</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Người đóng góp</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Đóng góp</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Người quyết định</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Lịch sử quyết định</source>
        <translation>Decision history</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tiêu chí, chỉ tiêu</source>
        <translation>Criterion, indicator</translation>
    </message>
    <message>
        <source>Xã báo cáo</source>
        <translation>Commune&apos;s figure</translation>
    </message>
    <message>
        <source>Xã tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định</source>
        <translation>Appraiser&apos;s finding</translation>
    </message>
    <message>
        <source>Kết quả thẩm định</source>
        <translation>Appraised status</translation>
    </message>
    <message>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Ý kiến thẩm định chỉ tiêu</source>
        <translation>Finding on the indicator</translation>
    </message>
    <message>
        <source>Thống nhất</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Không thống nhất</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>(theo ý kiến)</source>
        <translation>(from the finding)</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>số liệu thẩm định, nếu khác số của xã</source>
        <translation>the appraiser&apos;s figure, if it differs</translation>
    </message>
    <message>
        <source>Số liệu:</source>
        <translation>Figure:</translation>
    </message>
    <message>
        <source>Nhận xét:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Ghi ý kiến</source>
        <translation>Record finding</translation>
    </message>
    <message>
        <source>Minh chứng (nhấp đúp để xem; ngày và nơi chụp ở chú thích):</source>
        <translation>Evidence (double-click to view; capture date and place in the caption):</translation>
    </message>
    <message>
        <source>Xã chưa gửi minh chứng cho chỉ tiêu này.</source>
        <translation>The commune sent no evidence for this indicator.</translation>
    </message>
    <message>
        <source>Tiêu chí và chỉ tiêu</source>
        <translation>Criteria and indicators</translation>
    </message>
    <message>
        <source>Từ gói gần nhất</source>
        <translation>Since the last package</translation>
    </message>
    <message>
        <source>Từ quyết định gần nhất</source>
        <translation>Since the last decision</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Đang đọc dữ liệu của xã…</source>
        <translation>Reading the commune&apos;s data…</translation>
    </message>
    <message>
        <source>năm %1</source>
        <translation>year %1</translation>
    </message>
    <message>
        <source>%1 tự đánh giá đạt %2/%3 tiêu chí; theo thẩm định đạt %4/%3. Không thống nhất %5 chỉ tiêu; chưa thẩm định %6 chỉ tiêu.</source>
        <translation>%1 self-assesses %2/%3 criteria met; %4/%3 by the appraisal. Disagreement on %5 indicators; %6 indicators not yet appraised.</translation>
    </message>
    <message>
        <source>Ý kiến đã gửi: %1</source>
        <translation>Comments sent: %1</translation>
    </message>
    <message>
        <source>Chưa có quyết định nào.</source>
        <translation>No decision yet.</translation>
    </message>
    <message>
        <source>Không có thay đổi từ quyết định ngày %1.</source>
        <translation>No change since the decision of %1.</translation>
    </message>
    <message>
        <source>Tổng nguồn lực huy động: %1 triệu đồng.</source>
        <translation>Total resources mobilised: %1 million VND.</translation>
    </message>
    <message>
        <source>Tiền mặt %1 triệu đồng; %2 ngày công; %3 m² đất; quy ra tiền %4 triệu đồng.</source>
        <translation>Cash %1 million VND; %2 workdays; %3 m² of land; worth %4 million VND in total.</translation>
    </message>
    <message>
        <source>%1 không thống nhất</source>
        <translation>%1 disagreement(s)</translation>
    </message>
    <message>
        <source>Chưa thẩm định</source>
        <translation>Not appraised</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1</source>
        <translation>Threshold: %1</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Không có thay đổi.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>Chọn một chỉ tiêu.</source>
        <translation>Choose an indicator.</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn: %1 — xã báo cáo: %2</source>
        <translation>Threshold: %1 — commune&apos;s figure: %2</translation>
    </message>
    <message>
        <source>chưa có (chờ bộ tiêu chí của tỉnh)</source>
        <translation>none yet (awaiting the province&apos;s criteria)</translation>
    </message>
    <message>
        <source>Chọn Thống nhất hoặc Không thống nhất.</source>
        <translation>Choose Agree or Disagree.</translation>
    </message>
    <message>
        <source>Trả lại hồ sơ cho xã</source>
        <translation>Return the dossier to the commune</translation>
    </message>
    <message>
        <source>Trả lại và xuất phản hồi</source>
        <translation>Return and export feedback</translation>
    </message>
    <message>
        <source>Đang ký gói phản hồi…</source>
        <translation>Signing the feedback package…</translation>
    </message>
    <message>
        <source>Phê duyệt và khóa năm đánh giá</source>
        <translation>Approve and lock the evaluation year</translation>
    </message>
    <message>
        <source>Phê duyệt và xuất phản hồi</source>
        <translation>Approve and export feedback</translation>
    </message>
    <message>
        <source>Xuất gói phản hồi cho xã</source>
        <translation>Export a feedback package for the commune</translation>
    </message>
    <message>
        <source>Xuất phản hồi</source>
        <translation>Export feedback</translation>
    </message>
    <message>
        <source>Đã ghi gói phản hồi %1 — gửi tệp này cho xã.</source>
        <translation>Saved feedback package %1 — send this file to the commune.</translation>
    </message>
    <message>
        <source>Lưu báo cáo thẩm định</source>
        <translation>Save the appraisal report</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đang in báo cáo…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo thẩm định %1 (%2 trang).</source>
        <translation>Saved the appraisal report %1 (%2 pages).</translation>
    </message>
</context>
<context>
    <name>RollupPage</name>
    <message>
        <source>Tổng hợp</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>Năm:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Số liệu tính đến ngày:</source>
        <translation>Figures as of:</translation>
    </message>
    <message>
        <source>Tổng hợp lại</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Nguồn vốn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Triệu đồng</source>
        <translation>Million VND</translation>
    </message>
    <message>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Nguồn lực</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tiêu chí đạt</source>
        <translation>Criteria met</translation>
    </message>
    <message>
        <source>Mức</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Nguy cơ thu hồi</source>
        <translation>Revocation risk</translation>
    </message>
    <message>
        <source>Còn phải hoàn thành</source>
        <translation>Still to complete</translation>
    </message>
    <message>
        <source>Đăng ký đạt chuẩn năm nay</source>
        <translation>Registered this year</translation>
    </message>
    <message>
        <source>Nội dung báo cáo</source>
        <translation>Report text (Vietnamese, as printed)</translation>
    </message>
    <message>
        <source>Đang tổng hợp…</source>
        <translation>Rolling up…</translation>
    </message>
    <message>
        <source>%1 xã; bình quân đạt %2 tiêu chí/xã; %3 xã đạt chuẩn đủ %4 tiêu chí.</source>
        <translation>%1 communes; %2 criteria met per commune on average; %3 communes meet all %4 criteria.</translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nhân dân đóng góp bằng tiền</source>
        <translation>People&apos;s cash contributions</translation>
    </message>
    <message>
        <source>thu hồi</source>
        <translation>revocation</translation>
    </message>
    <message>
        <source>cảnh báo</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Số xã theo số tiêu chí đạt</source>
        <translation>Communes by number of criteria met</translation>
    </message>
    <message>
        <source>Số xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Số tiêu chí đạt</source>
        <translation>Criteria met</translation>
    </message>
    <message>
        <source>%1 tiêu chí: %2/%3 xã, chiếm %4</source>
        <translation>%1 criteria: %2/%3 communes, %4</translation>
    </message>
    <message>
        <source>Tỷ lệ xã đạt từng tiêu chí (%)</source>
        <translation>Share of communes meeting each criterion (%)</translation>
    </message>
    <message>
        <source>Tỷ lệ xã đạt</source>
        <translation>Share of communes</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Lưu báo cáo tổng hợp</source>
        <translation>Save the roll-up report</translation>
    </message>
    <message>
        <source>Đang ghi báo cáo…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Đã ghi %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Thông tin xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>&amp;Tên xã:</source>
        <translation>Commune &amp;name:</translation>
    </message>
    <message>
        <source>Mã xã, tỉnh:</source>
        <translation>Code, province:</translation>
    </message>
    <message>
        <source>&amp;Bộ tiêu chí:</source>
        <translation>Criteria &amp;set:</translation>
    </message>
    <message>
        <source>&amp;Vùng:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Xã ĐBKK hoặc ATK: áp dụng mức đạt chuẩn của vùng Trung du và miền núi phía Bắc (QĐ 318)</source>
        <translation>ĐBKK or ATK commune: use the thresholds of the Northern Midlands and Mountains region (Decision 318)</translation>
    </message>
    <message>
        <source>&amp;Nhóm xã:</source>
        <translation>Commune &amp;group:</translation>
    </message>
    <message>
        <source>&amp;Người phụ trách:</source>
        <translation>Officer in &amp;charge:</translation>
    </message>
    <message>
        <source>C&amp;hức vụ:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Năm đăng ký đạt &amp;chuẩn:</source>
        <translation>T&amp;arget year:</translation>
    </message>
    <message>
        <source>— chưa có —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Năm được công &amp;nhận:</source>
        <translation>Year r&amp;ecognised:</translation>
    </message>
    <message>
        <source>— chưa được công nhận —</source>
        <translation>— not recognised yet —</translation>
    </message>
    <message>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Năm đánh &amp;giá:</source>
        <translation>E&amp;valuation year:</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực từ lần mở chương trình tiếp theo.</source>
        <translation>The new language is used the next time the program starts.</translation>
    </message>
    <message>
        <source>Cỡ ảnh &amp;tối đa (điểm ảnh):</source>
        <translation>Largest &amp;photo size (pixels):</translation>
    </message>
    <message>
        <source>Ảnh minh chứng lớn hơn sẽ được thu nhỏ khi thêm vào sổ, giúp sổ và gói dữ liệu gọn nhẹ.</source>
        <translation>Larger evidence photos are scaled down when added, which keeps the workbook and the packages small.</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Thôn, bản…</source>
        <translation>&amp;Villages…</translation>
    </message>
    <message>
        <source>Sửa thông tin xã</source>
        <translation>Edit the commune&apos;s details</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Số hộ được hỏi</source>
        <translation>Households asked</translation>
    </message>
    <message>
        <source>Ngày khảo sát</source>
        <translation>Survey date</translation>
    </message>
    <message>
        <source>Số hộ hài lòng</source>
        <translation>Households satisfied</translation>
    </message>
    <message>
        <source>Số hộ hài lòng (%1) không được lớn hơn số hộ được hỏi (%2).</source>
        <translation>Households satisfied (%1) cannot be more than households asked (%2).</translation>
    </message>
    <message>
        <source>(đã có kết quả, sửa rồi bấm Lưu để cập nhật)</source>
        <translation>(a result exists; edit it and click Save to update it)</translation>
    </message>
    <message>
        <source>(chưa có kết quả)</source>
        <translation>(no result yet)</translation>
    </message>
    <message>
        <source>Nhập kết quả khảo sát sự hài lòng năm %1</source>
        <translation>Enter the %1 satisfaction survey result</translation>
    </message>
    <message>
        <source>Đã lưu kết quả khảo sát sự hài lòng năm %1.</source>
        <translation>Saved the %1 satisfaction survey result.</translation>
    </message>
    <message>
        <source>Kết quả khảo sát sự hài lòng của người dân</source>
        <translation>Residents&apos; satisfaction survey result</translation>
    </message>
    <message>
        <source>Kết quả lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới — một điều kiện để xã được công nhận đạt chuẩn. Mỗi năm có một kết quả; lưu lại sẽ thay kết quả cũ của năm đó.</source>
        <translation>The result of asking residents whether they are satisfied with the new-rural development results — one of the conditions for the commune to be recognised. There is one result per year; saving replaces that year&apos;s previous result.</translation>
    </message>
    <message>
        <source>&amp;Năm khảo sát</source>
        <translation>Survey &amp;year</translation>
    </message>
    <message>
        <source>Số hộ được &amp;hỏi ý kiến</source>
        <translation>Households &amp;asked</translation>
    </message>
    <message>
        <source>Số hộ &amp;hài lòng</source>
        <translation>Households &amp;satisfied</translation>
    </message>
    <message>
        <source>Tỷ lệ hài lòng</source>
        <translation>Share satisfied</translation>
    </message>
    <message>
        <source>&amp;Ngày khảo sát</source>
        <translation>Survey &amp;date</translation>
    </message>
    <message>
        <source>ngày/tháng/năm, ví dụ 05/03/2025</source>
        <translation>day/month/year, e.g. 05/03/2025</translation>
    </message>
    <message>
        <source>Đơn vị &amp;tổ chức</source>
        <translation>&amp;Organised by</translation>
    </message>
    <message>
        <source>Ghi &amp;chú</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Chưa mở sổ dữ liệu của xã.</source>
        <translation>No commune workbook is open.</translation>
    </message>
    <message>
        <source>Mã vân tay</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>%1 — mã khóa %2</source>
        <translation>%1 — key id %2</translation>
    </message>
    <message>
        <source>Khóa nơi thẩm định đã đăng ký: %1 (%2)</source>
        <translation>Registered appraiser key: %1 (%2)</translation>
    </message>
    <message>
        <source>Chưa đăng ký khóa của nơi thẩm định: gói phản hồi sẽ được để riêng cho đến khi đăng ký.</source>
        <translation>The appraiser&apos;s key is not registered yet: feedback packages are set aside until it is.</translation>
    </message>
    <message>
        <source>(Chưa chọn — bấm “Chọn thư mục…”)</source>
        <translation>(Not chosen — click “Choose folder…”)</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu gói dữ liệu</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message>
        <source>Mật khẩu khóa ký</source>
        <translation>Signing key passphrase</translation>
    </message>
    <message>
        <source>Nhập mật khẩu của khóa ký:</source>
        <translation>Enter the signing key&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hãy cắm USB hoặc chọn thư mục lưu gói trước.</source>
        <translation>Plug in a USB drive or choose a folder for the package first.</translation>
    </message>
    <message>
        <source>Đang xuất gói dữ liệu…</source>
        <translation>Exporting the package…</translation>
    </message>
    <message>
        <source>Đang ký và ghi gói dữ liệu…</source>
        <translation>Signing and writing the package…</translation>
    </message>
    <message>
        <source>Chưa gửi hay nhận gói nào. Cắm USB (hoặc chọn thư mục) rồi bấm “Xuất gói dữ liệu”.</source>
        <translation>No packages sent or received yet. Plug in a USB stick (or choose a folder), then press “Export package”.</translation>
    </message>
    <message>
        <source>USB %1 — còn trống %2</source>
        <translation>USB %1 — %2 free</translation>
    </message>
    <message>
        <source>✓ Đã xuất gói số %1 (%2 thay đổi, %3 tệp đính kèm):
%4
trong thư mục %6
Mã hồ sơ: %5</source>
        <translation>✓ Exported package no. %1 (%2 changes, %3 attachments):
%4
in folder %6
Dossier code: %5</translation>
    </message>
    <message>
        <source>Đã xuất gói dữ liệu.</source>
        <translation>Package exported.</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu cần nhập</source>
        <translation>Choose the packages to import</translation>
    </message>
    <message>
        <source>Gói dữ liệu NTM (*.ntmpkg)</source>
        <translation>NTM packages (*.ntmpkg)</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhập %1 tệp…</source>
        <translation>Checking and importing %1 files…</translation>
    </message>
    <message>
        <source>Đang kiểm tra chữ ký và nhập gói dữ liệu…</source>
        <translation>Checking signatures and importing packages…</translation>
    </message>
    <message>
        <source>Đã nhận bộ tiêu chí của tỉnh, phiên bản %1, căn cứ %2.</source>
        <translation>Provincial criteria received, version %1, legal basis %2.</translation>
    </message>
    <message>
        <source>%1: đã kiểm tra chữ ký và nhập gói số %2 (%3 thay đổi).</source>
        <translation>%1: signature checked, package no. %2 imported (%3 changes).</translation>
    </message>
    <message>
        <source>%1: gói này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>%1: this package was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>mã lỗi: %1</source>
        <translation>error code: %1</translation>
    </message>
    <message>
        <source>Hãy gọi điện cho nơi thẩm định để so mã vân tay, bấm “Đăng ký khóa nơi thẩm định…”, rồi nhập lại tệp.</source>
        <translation>Phone the appraiser to compare fingerprints, click “Register appraiser key…”, then import the file again.</translation>
    </message>
    <message>
        <source>Chọn gói dữ liệu cần kiểm tra</source>
        <translation>Choose the data package to check</translation>
    </message>
    <message>
        <source>Đang kiểm tra %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Đang kiểm tra chữ ký gói dữ liệu…</source>
        <translation>Checking the data package&apos;s signature…</translation>
    </message>
    <message>
        <source>gói hợp lệ — chữ ký đúng, mọi tệp thành phần khớp. Chưa nhập gì vào sổ dữ liệu.</source>
        <translation>valid package — the signature is correct and every member file matches. Nothing was imported into the workbook.</translation>
    </message>
    <message>
        <source>gói hợp lệ và đã được nhập trước đây.</source>
        <translation>valid package, already imported before.</translation>
    </message>
    <message>
        <source>Loại: %1 · gói số %2 · người gửi: %3</source>
        <translation>Kind: %1 · package no. %2 · sender: %3</translation>
    </message>
    <message>
        <source>Mã vân tay người ký: %1</source>
        <translation>Signer&apos;s fingerprint: %1</translation>
    </message>
    <message>
        <source>Mã hồ sơ %1 khớp với gói dữ liệu này.</source>
        <translation>Dossier code %1 matches this data package.</translation>
    </message>
    <message>
        <source>Mã hồ sơ %1 KHÔNG khớp với gói dữ liệu này (mã của gói: %2).</source>
        <translation>Dossier code %1 does NOT match this data package (the package&apos;s code: %2).</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa công khai</source>
        <translation>Save public key card</translation>
    </message>
    <message>
        <source>Thẻ khóa NTM (*.json)</source>
        <translation>NTM key cards (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu thẻ khóa công khai: %1</source>
        <translation>Public key card saved: %1</translation>
    </message>
    <message>
        <source>Gửi dữ liệu cho nơi thẩm định</source>
        <translation>Send data to the appraiser</translation>
    </message>
    <message>
        <source>&amp;Lưu gói vào:</source>
        <translation>&amp;Save package to:</translation>
    </message>
    <message>
        <source>Ổ USB đang cắm hoặc thư mục sẽ chứa tệp gói dữ liệu</source>
        <translation>The USB drive or folder that will hold the package file</translation>
    </message>
    <message>
        <source>Tìm lại USB</source>
        <translation>Rescan USB</translation>
    </message>
    <message>
        <source>Tìm lại các ổ USB vừa cắm vào máy</source>
        <translation>Look again for USB drives just plugged in</translation>
    </message>
    <message>
        <source>&amp;Chọn thư mục…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>Gửi &amp;bản đầy đủ (toàn bộ dữ liệu, khi nơi nhận chưa có hoặc mất dữ liệu)</source>
        <translation>Send a &amp;full snapshot (all data, when the receiver has none or lost it)</translation>
    </message>
    <message>
        <source>&amp;Xuất gói dữ liệu</source>
        <translation>&amp;Export package</translation>
    </message>
    <message>
        <source>Ký và ghi các thay đổi chưa gửi thành một tệp .ntmpkg</source>
        <translation>Sign and write the changes not yet sent into one .ntmpkg file</translation>
    </message>
    <message>
        <source>Nhận gói từ nơi thẩm định</source>
        <translation>Receive packages from the appraiser</translation>
    </message>
    <message>
        <source>Nhập gói phản hồi kết quả thẩm định hoặc bộ tiêu chí của tỉnh. Có thể kéo thả tệp .ntmpkg vào cửa sổ chương trình.</source>
        <translation>Import appraisal feedback or the provincial criteria. You can also drag .ntmpkg files onto the program window.</translation>
    </message>
    <message>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <source>Kiểm tra chữ ký rồi nhập một hoặc nhiều tệp .ntmpkg</source>
        <translation>Check the signature, then import one or more .ntmpkg files</translation>
    </message>
    <message>
        <source>Đăng ký &amp;khóa nơi thẩm định…</source>
        <translation>Register appraiser &amp;key…</translation>
    </message>
    <message>
        <source>Đăng ký thẻ khóa công khai của nơi thẩm định sau khi so mã vân tay qua điện thoại</source>
        <translation>Register the appraiser&apos;s public key card after comparing fingerprints by phone</translation>
    </message>
    <message>
        <source>Kiể&amp;m tra gói (không nhập)…</source>
        <translation>Chec&amp;k a package (no import)…</translation>
    </message>
    <message>
        <source>Kiểm tra chữ ký và các tệp thành phần của một tệp .ntmpkg mà không nhập gì vào sổ dữ liệu</source>
        <translation>Check the signature and member files of an .ntmpkg file without importing anything into the workbook</translation>
    </message>
    <message>
        <source>đối chiếu mã &amp;hồ sơ:</source>
        <translation>compare &amp;dossier code:</translation>
    </message>
    <message>
        <source>Mã hồ sơ cần đối chiếu</source>
        <translation>Dossier code to compare</translation>
    </message>
    <message>
        <source>NTM-… (không bắt buộc)</source>
        <translation>NTM-… (optional)</translation>
    </message>
    <message>
        <source>Mã hồ sơ in trên hồ sơ giấy; để trống nếu không cần đối chiếu</source>
        <translation>The dossier code printed on the paper dossier; leave empty if there is nothing to compare</translation>
    </message>
    <message>
        <source>Khóa ký của xã</source>
        <translation>Commune signing key</translation>
    </message>
    <message>
        <source>Mã QR của khóa</source>
        <translation>Key QR code</translation>
    </message>
    <message>
        <source>Mã vân tay (đọc cho nơi thẩm định khi đối chiếu):</source>
        <translation>Fingerprint (read it to the appraiser to compare):</translation>
    </message>
    <message>
        <source>&amp;In thẻ khóa…</source>
        <translation>&amp;Print key card…</translation>
    </message>
    <message>
        <source>In mã vân tay và mã QR để gửi kèm hồ sơ giấy</source>
        <translation>Print the fingerprint and QR code to send with the paper dossier</translation>
    </message>
    <message>
        <source>Xuất thẻ khóa côn&amp;g khai…</source>
        <translation>Export &amp;public key card…</translation>
    </message>
    <message>
        <source>Đổi khó&amp;a ký…</source>
        <translation>Chan&amp;ge signing key…</translation>
    </message>
    <message>
        <source>Ghi thẻ khóa công khai (tệp .json) để nơi thẩm định đăng ký</source>
        <translation>Write the public key card (.json file) for the appraiser to register</translation>
    </message>
    <message>
        <source>Tạo khóa ký mới khi khóa cũ bị lộ hoặc máy bị mất; khóa cũ ký thông báo đổi khóa gửi kèm các gói sau</source>
        <translation>Create a new signing key when the old one was exposed or the computer was lost; the old key signs a key-change notice sent with the next packages</translation>
    </message>
    <message>
        <source>Các gói đã gửi và đã nhận</source>
        <translation>Packages sent and received</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Đăng &amp;ký khóa</source>
        <translation>&amp;Register key</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa công khai</source>
        <translation>Choose a public key card</translation>
    </message>
    <message>
        <source>Thẻ khóa NTM (*.json)</source>
        <translation>NTM key cards (*.json)</translation>
    </message>
    <message>
        <source>Thẻ khóa của: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Key card of: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>THẺ KHÓA KÝ GÓI DỮ LIỆU NÔNG THÔN MỚI</source>
        <translation>NEW RURAL DEVELOPMENT PACKAGE SIGNING KEY CARD</translation>
    </message>
    <message>
        <source>Nơi nhận đối chiếu mã vân tay này (qua điện thoại hoặc quét mã QR) trước khi đăng ký khóa. Mã khóa: %1</source>
        <translation>The receiver compares this fingerprint (by phone or by scanning the QR code) before registering the key. Key id: %1</translation>
    </message>
    <message>
        <source>In thẻ khóa</source>
        <translation>Print key card</translation>
    </message>
    <message>
        <source>Đăng ký khóa của nơi thẩm định</source>
        <translation>Register the appraiser&apos;s key</translation>
    </message>
    <message>
        <source>Chọn tệp thẻ khóa công khai (.json) do nơi thẩm định gửi. Trước khi đăng ký, hãy gọi điện cho người gửi và so từng nhóm của mã vân tay: chỉ đăng ký khi khớp hoàn toàn.</source>
        <translation>Choose the public key card file (.json) sent by the appraiser. Before registering, phone the sender and compare the fingerprint group by group: register only if it matches exactly.</translation>
    </message>
    <message>
        <source>Chưa chọn thẻ khóa</source>
        <translation>No key card chosen</translation>
    </message>
    <message>
        <source>&amp;Chọn thẻ khóa…</source>
        <translation>&amp;Choose key card…</translation>
    </message>
    <message>
        <source>Tôi đã gọi điện và người gửi đọc &amp;đúng mã vân tay này</source>
        <translation>I phoned the sender and they read out &amp;exactly this fingerprint</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đã xảy ra lỗi không mong muốn.&lt;/b&gt;</source>
        <translation>&lt;b&gt;An unexpected error occurred.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dữ liệu đã lưu trước đó vẫn an toàn. Thao tác vừa rồi có thể chưa hoàn tất — hãy kiểm tra lại rồi thử lần nữa. Nếu lỗi lặp lại, hãy sao chép thông tin chi tiết dưới đây (hoặc gửi tệp trong thư mục nhật ký) cho bộ phận hỗ trợ.</source>
        <translation>Data saved earlier is safe. The last action may not have finished — please check and try again. If the error happens again, copy the details below (or send the files in the log folder) to support.</translation>
    </message>
    <message>
        <source>Thông tin chi tiết về lỗi</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>&amp;Sao chép chi tiết</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>Chép thông tin chi tiết vào bộ nhớ tạm</source>
        <translation>Copy the details to the clipboard</translation>
    </message>
    <message>
        <source>Mở thư mục &amp;nhật ký</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>Mở thư mục chứa tệp nhật ký của chương trình</source>
        <translation>Open the folder holding the program&apos;s log files</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>VillagesDialog</name>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sửa thôn “%1”</source>
        <translation>Edit village “%1”</translation>
    </message>
    <message>
        <source>Thêm thôn “%1”</source>
        <translation>Add village “%1”</translation>
    </message>
    <message>
        <source>Xóa thôn, bản?</source>
        <translation>Delete the village?</translation>
    </message>
    <message>
        <source>Xóa “%1” khỏi danh sách thôn, bản?</source>
        <translation>Delete “%1” from the list of villages?</translation>
    </message>
    <message>
        <source>&amp;Xóa thôn</source>
        <translation>&amp;Delete village</translation>
    </message>
    <message>
        <source>&amp;Không xóa</source>
        <translation>&amp;Don&apos;t delete</translation>
    </message>
    <message>
        <source>Có thể hoàn tác bằng nút “Hoàn tác” (Ctrl+Z).</source>
        <translation>You can undo this with the “Undo” button (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Xóa thôn “%1”</source>
        <translation>Delete village “%1”</translation>
    </message>
    <message>
        <source>%1 công trình hạ tầng</source>
        <translation>%1 infrastructure item(s)</translation>
    </message>
    <message>
        <source>%1 khoản đóng góp</source>
        <translation>%1 contribution(s)</translation>
    </message>
    <message>
        <source>Không xóa được “%1”: vẫn còn %2 thuộc thôn này.</source>
        <translation>Cannot delete “%1”: %2 still belong to this village.</translation>
    </message>
    <message>
        <source> và </source>
        <translation> and </translation>
    </message>
    <message>
        <source>dữ liệu</source>
        <translation>records</translation>
    </message>
    <message>
        <source>Không xóa được thôn</source>
        <translation>Cannot delete the village</translation>
    </message>
    <message>
        <source>Hãy chuyển các công trình và khoản đóng góp đó sang thôn khác (hoặc xóa chúng) trước, rồi xóa thôn.</source>
        <translation>Move those infrastructure items and contributions to another village (or delete them) first, then delete the village.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thôn, bản</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Danh sách thôn, bản của xã. Bấm đúp vào một ô (hoặc nhấn F2) để sửa; số hộ và số nhân khẩu dùng để tính các tỷ lệ theo thôn.</source>
        <translation>The commune&apos;s villages. Double-click a cell (or press F2) to edit it; households and population are used for the per-village shares.</translation>
    </message>
    <message>
        <source>&amp;Xóa thôn đã chọn…</source>
        <translation>&amp;Delete the selected village…</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Thêm thôn, bản</source>
        <translation>Add a village</translation>
    </message>
    <message>
        <source>&amp;Tên thôn, bản</source>
        <translation>Village &amp;name</translation>
    </message>
    <message>
        <source>Số &amp;hộ</source>
        <translation>&amp;Households</translation>
    </message>
    <message>
        <source>Số &amp;nhân khẩu</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Đồng Tâm</source>
        <translation>E.g. Thôn Đồng Tâm</translation>
    </message>
    <message>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>VillagesTableModel</name>
    <message>
        <source>Tên thôn, bản</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Số nhân khẩu</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Hãy nhập tên thôn, bản.</source>
        <translation>Enter the village&apos;s name.</translation>
    </message>
    <message>
        <source>Tên thôn, bản dài quá 200 ký tự.</source>
        <translation>The village name is longer than 200 characters.</translation>
    </message>
    <message>
        <source>Đã có thôn “%1”.</source>
        <translation>There is already a village “%1”.</translation>
    </message>
    <message>
        <source>“%1” phải là số nguyên.</source>
        <translation>“%1” must be a whole number.</translation>
    </message>
    <message>
        <source>“%1” không được là số âm.</source>
        <translation>“%1” cannot be negative.</translation>
    </message>
    <message>
        <source>Bấm đúp hoặc nhấn F2 để sửa</source>
        <translation>Double-click or press F2 to edit</translation>
    </message>
</context>
<context>
    <name>_ProgressDialogDriver</name>
    <message>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Đang xử lý, vui lòng chờ…</source>
        <translation>Working, please wait…</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>desktop_jobs</name>
    <message>
        <source>Tự động</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before restore</translation>
    </message>
</context>
<context>
    <name>dossier</name>
    <message>
        <source>Thiếu thông tin: {label} ({key}).</source>
        <translation>Missing information: {label} ({key}).</translation>
    </message>
    <message>
        <source>Chưa nhập quyết định của tỉnh quy định thủ tục xét, công nhận xã đạt chuẩn ({key}).</source>
        <translation>The province&apos;s decision on the recognition procedure has not been entered ({key}).</translation>
    </message>
    <message>
        <source>Tiêu chí số {code} ({name}): chưa đạt — chỉ tiêu {indicators}.</source>
        <translation>Criterion {code} ({name}): not met — indicators {indicators}.</translation>
    </message>
    <message>
        <source>Tiêu chí số {code} ({name}): chưa xác định — chỉ tiêu {indicators}.</source>
        <translation>Criterion {code} ({name}): not determined — indicators {indicators}.</translation>
    </message>
    <message>
        <source>Điều kiện “{condition}” chưa đáp ứng: {evidence}.</source>
        <translation>Condition “{condition}” is not met: {evidence}.</translation>
    </message>
    <message>
        <source>Điều kiện “{condition}” chưa được xác nhận: ghi “có” vào {field} và văn bản làm căn cứ vào {field}.can_cu.</source>
        <translation>Condition “{condition}” is not confirmed: enter “có” in {field} and the supporting document in {field}.can_cu.</translation>
    </message>
    <message>
        <source>Ảnh {number} ({caption}) không có ngày chụp; ngày nhập {date} không trước ngày của hồ sơ.</source>
        <translation>Photo {number} ({caption}) has no capture date; its import date {date} is not before the dossier&apos;s date.</translation>
    </message>
    <message>
        <source>Chỉ tiêu {code} ({text}): chưa có mức đạt chuẩn được công bố áp dụng cho xã; cần bộ tiêu chí của tỉnh.</source>
        <translation>Indicator {code} ({text}): no published threshold applies to this commune yet; the province&apos;s criteria set is needed.</translation>
    </message>
    <message>
        <source>Chỉ tiêu {code} ({text}): giá trị {value} nằm ngoài khoảng hợp lý {range}; kiểm tra lại số liệu hoặc xác nhận bằng khóa {key}.</source>
        <translation>Indicator {code} ({text}): the value {value} is outside the plausible range {range}; check the data or confirm it with the key {key}.</translation>
    </message>
    <message>
        <source>Họ và tên người ký</source>
        <translation>Signer&apos;s full name</translation>
    </message>
    <message>
        <source>Kính gửi (cơ quan nhận tờ trình)</source>
        <translation>Addressee (body receiving the submission)</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Tổng số thành viên biểu quyết</source>
        <translation>Total voting members</translation>
    </message>
    <message>
        <source>Số phiếu đồng ý</source>
        <translation>Votes in favour</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Số phiếu vượt quá số thành viên</source>
        <translation>More votes than members</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Giá trị “{value}” không phải là số hợp lệ trong JSON.</source>
        <translation>The value “{value}” is not a valid number in JSON.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: {what} ({detail}).</source>
        <translation>Invalid catalog at {path}: {what} ({detail}).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí {catalog} không có tiêu chí “{code}”.</source>
        <translation>Criteria set {catalog} has no criterion “{code}”.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí {catalog} không có chỉ tiêu “{code}”.</source>
        <translation>Criteria set {catalog} has no indicator “{code}”.</translation>
    </message>
    <message>
        <source>{name} quá lớn ({size} byte; tối đa {limit}).</source>
        <translation>{name} is too large ({size} bytes; at most {limit}).</translation>
    </message>
    <message>
        <source>{name} phải chứa một đối tượng JSON ở mức ngoài cùng.</source>
        <translation>{name} must contain a JSON object at the top level.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số không hữu hạn (NaN/Infinity).</source>
        <translation>Invalid catalog at {path}: non-finite number (NaN/Infinity).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” phải là “{criterion}” hoặc bắt đầu bằng “{criterion}.”.</source>
        <translation>Invalid catalog at {path}: indicator code “{code}” must be “{criterion}” or start with “{criterion}.”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu loại “{kind}” chỉ dùng phép so sánh “=”, không dùng “{comparator}”.</source>
        <translation>Invalid catalog at {path}: an indicator of kind “{kind}” only uses the comparison “=”, not “{comparator}”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: năm bắt đầu lớn hơn năm kết thúc.</source>
        <translation>Invalid catalog at {path}: the start year is after the end year.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng có tiêu chí then chốt phải nhỏ hơn hoặc bằng ngưỡng thu hồi chung.</source>
        <translation>Invalid catalog at {path}: the threshold with key criteria must be less than or equal to the general revocation threshold.</translation>
    </message>
    <message>
        <source>Danh mục phải là một đối tượng JSON.</source>
        <translation>The catalog must be a JSON object.</translation>
    </message>
    <message>
        <source>Chỉ áp dụng được tệp điều chỉnh lên một bộ tiêu chí quốc gia.</source>
        <translation>An overlay file can only be applied to a national criteria set.</translation>
    </message>
    <message>
        <source>“{id}” không phải tệp điều chỉnh (kind = overlay).</source>
        <translation>“{id}” is not an overlay file (kind = overlay).</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh “{id}” dành cho bộ tiêu chí “{base}”, không áp dụng được cho “{catalog}”.</source>
        <translation>Overlay file “{id}” is for criteria set “{base}” and cannot be applied to “{catalog}”.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh “{id}” viết cho phiên bản {base_version} của “{catalog}”, nhưng phiên bản đang dùng là {version}.</source>
        <translation>Overlay file “{id}” was written for version {base_version} of “{catalog}”, but the version in use is {version}.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh “{id}” đã được áp dụng.</source>
        <translation>Overlay file “{id}” has already been applied.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh (overlay) không dùng riêng được; hãy áp dụng nó lên bộ tiêu chí “{base}”.</source>
        <translation>An overlay file cannot be used on its own; apply it to the criteria set “{base}”.</translation>
    </message>
    <message>
        <source>Tệp {name} khai báo id “{id}”, khác tên tệp.</source>
        <translation>File {name} declares the id “{id}”, which differs from the file name.</translation>
    </message>
    <message>
        <source>Không có bộ tiêu chí “{id}” (có sẵn: {known}).</source>
        <translation>There is no criteria set “{id}” (available: {known}).</translation>
    </message>
    <message>
        <source>Khóa “{key}” xuất hiện hai lần trong cùng một đối tượng JSON.</source>
        <translation>The key “{key}” appears twice in the same JSON object.</translation>
    </message>
    <message>
        <source>{name} không phải văn bản UTF-8 (byte lỗi ở vị trí {position}). Hãy lưu lại tệp với mã hóa UTF-8.</source>
        <translation>{name} is not UTF-8 text (invalid byte at position {position}). Save the file again with UTF-8 encoding.</translation>
    </message>
    <message>
        <source>{name} không phải JSON hợp lệ: dòng {line}, cột {column} ({detail}). Tệp có thể bị cắt cụt hoặc sửa sai.</source>
        <translation>{name} is not valid JSON: line {line}, column {column} ({detail}). The file may be truncated or wrongly edited.</translation>
    </message>
    <message>
        <source>Tệp {name} quá lớn ({size} byte).</source>
        <translation>File {name} is too large ({size} bytes).</translation>
    </message>
    <message>
        <source>Không đọc được tệp danh mục {path}: {detail}.</source>
        <translation>Cannot read the catalog file {path}: {detail}.</translation>
    </message>
    <message>
        <source>Không đọc được lược đồ danh mục {path}.</source>
        <translation>Cannot read the catalog schema {path}.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số đo tự tính “{measure}” không được hỗ trợ.</source>
        <translation>Invalid catalog at {path}: the computed measure “{measure}” is not supported.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số đo “{measure}” là có/không nên chỉ tiêu phải thuộc loại “boolean”.</source>
        <translation>Invalid catalog at {path}: the measure “{measure}” is yes/no, so the indicator must be of kind “boolean”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: số đo “{measure}” là tỷ lệ % nên chỉ tiêu phải thuộc loại “percent”.</source>
        <translation>Invalid catalog at {path}: the measure “{measure}” is a percentage, so the indicator must be of kind “percent”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng phải là số, không phải true/false.</source>
        <translation>Invalid catalog at {path}: the threshold must be a number, not true/false.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: tỷ lệ phần trăm phải trong khoảng 0–100, không phải {value}.</source>
        <translation>Invalid catalog at {path}: a percentage must be between 0 and 100, not {value}.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng không được âm ({value}).</source>
        <translation>Invalid catalog at {path}: the threshold must not be negative ({value}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngưỡng đếm phải là số nguyên ({value}).</source>
        <translation>Invalid catalog at {path}: a count threshold must be a whole number ({value}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu có/không chỉ nhận ngưỡng 1 (Đạt).</source>
        <translation>Invalid catalog at {path}: a yes/no indicator only accepts the threshold 1 (Met).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu “Không” chỉ nhận ngưỡng 0.</source>
        <translation>Invalid catalog at {path}: a “None” indicator only accepts the threshold 0.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: “{value}” không phải giá trị hợp lệ của chiều “{dimension}” (cho phép: {allowed}).</source>
        <translation>Invalid catalog at {path}: “{value}” is not a valid value of the dimension “{dimension}” (allowed: {allowed}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: hai ngưỡng cùng vùng/nhóm “{dimension_value}” và cùng năm “{year}”.</source>
        <translation>Invalid catalog at {path}: two thresholds for the same region/group “{dimension_value}” and the same year “{year}”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: ngày “{date}” không hợp lệ.</source>
        <translation>Invalid catalog at {path}: the date “{date}” is invalid.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã nhóm “{code}” bị trùng.</source>
        <translation>Invalid catalog at {path}: the group code “{code}” is duplicated.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: tiêu chí “{code}” không có trong bộ.</source>
        <translation>Invalid catalog at {path}: criterion “{code}” is not in the set.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: min lớn hơn max.</source>
        <translation>Invalid catalog at {path}: min is greater than max.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: vượt quá số tiêu chí của bộ ({total}).</source>
        <translation>Invalid catalog at {path}: exceeds the number of criteria in the set ({total}).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: điều chỉnh “{id}” được áp dụng hai lần.</source>
        <translation>Invalid catalog at {path}: the overlay “{id}” is applied twice.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được điều chỉnh hai lần.</source>
        <translation>Invalid catalog at {path}: indicator “{code}” is overridden twice.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: chỉ tiêu “{code}” được thêm hai lần.</source>
        <translation>Invalid catalog at {path}: indicator “{code}” is added twice.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh xóa chỉ tiêu “{code}” không có trong bộ “{catalog}”.</source>
        <translation>The overlay file removes indicator “{code}”, which is not in the set “{catalog}”.</translation>
    </message>
    <message>
        <source>Tệp điều chỉnh sửa chỉ tiêu “{code}” không có trong bộ “{catalog}”.</source>
        <translation>The overlay file changes indicator “{code}”, which is not in the set “{catalog}”.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” đã có trong bộ “{catalog}”; dùng “override” để sửa.</source>
        <translation>Indicator “{code}” already exists in the set “{catalog}”; use “override” to change it.</translation>
    </message>
    <message>
        <source>Bộ “{catalog}” không có tiêu chí “{criterion}”.</source>
        <translation>Set “{catalog}” has no criterion “{criterion}”.</translation>
    </message>
    <message>
        <source>Khóa “{key}” bị lặp (sau khi chuẩn hóa Unicode NFC).</source>
        <translation>The key “{key}” is duplicated (after Unicode NFC normalisation).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã tiêu chí “{code}” bị trùng.</source>
        <translation>Invalid catalog at {path}: the criterion code “{code}” is duplicated.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: các nhóm báo cáo chồng lên nhau.</source>
        <translation>Invalid catalog at {path}: the report bands overlap.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{code}” trong tiêu chí “{criterion}”.</source>
        <translation>There is no indicator “{code}” in criterion “{criterion}”.</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: mã chỉ tiêu “{code}” bị trùng.</source>
        <translation>Invalid catalog at {path}: the indicator code “{code}” is duplicated.</translation>
    </message>
    <message>
        <source>Giá trị của chỉ tiêu {code} không phải số hợp lệ.</source>
        <translation>The value of indicator {code} is not a valid number.</translation>
    </message>
    <message>
        <source>Trạng thái khai báo của chỉ tiêu {code} không hợp lệ: “{status}” (chọn một trong: {allowed}).</source>
        <translation>The declared status of indicator {code} is invalid: “{status}” (choose one of: {allowed}).</translation>
    </message>
    <message>
        <source>Năm đánh giá không hợp lệ: “{year}”.</source>
        <translation>Invalid assessment year: “{year}”.</translation>
    </message>
    <message>
        <source>“{value}” không phải giá trị hợp lệ cho bộ tiêu chí {catalog} (theo {dimension}).</source>
        <translation>“{value}” is not a valid value for criteria set {catalog} (by {dimension}).</translation>
    </message>
    <message>
        <source>Giá trị của chỉ tiêu {code} phải là số, không phải “{value}”.</source>
        <translation>The value of indicator {code} must be a number, not “{value}”.</translation>
    </message>
    <message>
        <source>“{label}” phải là một số.</source>
        <translation>“{label}” must be a number.</translation>
    </message>
    <message>
        <source>“{label}” không phải là một số hợp lệ.</source>
        <translation>“{label}” is not a valid number.</translation>
    </message>
    <message>
        <source>“{label}” không được nhỏ hơn {minimum}.</source>
        <translation>“{label}” must not be less than {minimum}.</translation>
    </message>
    <message>
        <source>“{label}” không được lớn hơn {maximum}.</source>
        <translation>“{label}” must not be greater than {maximum}.</translation>
    </message>
    <message>
        <source>“{label}” dài quá {max_len} ký tự.</source>
        <translation>“{label}” is longer than {max_len} characters.</translation>
    </message>
    <message>
        <source>“{label}” không hợp lệ: “{value}” (chọn một trong: {allowed}).</source>
        <translation>“{label}” is not valid: “{value}” (choose one of: {allowed}).</translation>
    </message>
    <message>
        <source>“{label}” không được là ngày trong tương lai ({value}).</source>
        <translation>“{label}” must not be a date in the future ({value}).</translation>
    </message>
    <message>
        <source>“{label}” quá xa trong quá khứ ({value}).</source>
        <translation>“{label}” is too far in the past ({value}).</translation>
    </message>
    <message>
        <source>Mã xã phải gồm 5 chữ số (theo QĐ 19/2025/QĐ-TTg).</source>
        <translation>The commune code must have 5 digits (per Decision 19/2025/QĐ-TTg).</translation>
    </message>
    <message>
        <source>Ngày hoàn thành không được trước ngày khởi công.</source>
        <translation>The completion date must not be before the start date.</translation>
    </message>
    <message>
        <source>Số lượng phải lớn hơn 0.</source>
        <translation>The quantity must be greater than 0.</translation>
    </message>
    <message>
        <source>Số hộ hài lòng không được lớn hơn số hộ được hỏi.</source>
        <translation>Satisfied households cannot exceed the households asked.</translation>
    </message>
    <message>
        <source>Trường “{label}” là bắt buộc.</source>
        <translation>“{label}” is required.</translation>
    </message>
    <message>
        <source>“{label}” phải là một số, không phải “{value}”.</source>
        <translation>“{label}” must be a number, not “{value}”.</translation>
    </message>
    <message>
        <source>“{label}” phải là số nguyên.</source>
        <translation>“{label}” must be a whole number.</translation>
    </message>
    <message>
        <source>Thuộc tính không có ở loại “{kind}”: {names}.</source>
        <translation>Attributes not available for “{kind}”: {names}.</translation>
    </message>
    <message>
        <source>Thuộc tính “{name}” phải là chữ hoặc số.</source>
        <translation>Attribute “{name}” must be text or a number.</translation>
    </message>
    <message>
        <source>“{label}” không phải ngày hợp lệ: “{value}” (dạng 2025-03-05 hoặc 05/03/2025).</source>
        <translation>“{label}” is not a valid date: “{value}” (use 2025-03-05 or 05/03/2025).</translation>
    </message>
    <message>
        <source>“{label}” phải là có/không, không phải “{value}”.</source>
        <translation>“{label}” must be yes/no, not “{value}”.</translation>
    </message>
    <message>
        <source>Hãy nhập một số, ví dụ 85 hoặc 85,5.</source>
        <translation>Enter a number, for example 85 or 85.5.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” nhận số nguyên, không phải {value}.</source>
        <translation>Indicator “{code}” takes a whole number, not {value}.</translation>
    </message>
    <message>
        <source>{name}: không phải danh mục hồ sơ ({format}).</source>
        <translation>{name}: not a dossier checklist ({format}).</translation>
    </message>
    <message>
        <source>{name}: danh mục không có tài liệu nào.</source>
        <translation>{name}: the checklist has no documents.</translation>
    </message>
    <message>
        <source>Không có danh mục hồ sơ “{id}” (có sẵn: {available}).</source>
        <translation>There is no dossier checklist “{id}” (available: {available}).</translation>
    </message>
    <message>
        <source>{name}: tài liệu số {number} thiếu id hoặc title.</source>
        <translation>{name}: document no. {number} has no id or title.</translation>
    </message>
    <message>
        <source>{name}: trùng tài liệu “{id}”.</source>
        <translation>{name}: the document “{id}” is listed twice.</translation>
    </message>
    <message>
        <source>Không đọc được danh mục hồ sơ {name}: {reason}</source>
        <translation>Cannot read the dossier checklist {name}: {reason}</translation>
    </message>
    <message>
        <source>Hồ sơ còn thiếu {count} thông tin: {fields}. Nhập bằng “ntm dossier fields set KHÓA=GIÁ_TRỊ” hoặc in bản dự thảo với --draft.</source>
        <translation>The dossier still lacks {count} items: {fields}. Enter them with “ntm dossier fields set KEY=VALUE” or print a draft with --draft.</translation>
    </message>
    <message>
        <source>Chưa in được bản chính thức của hồ sơ: {count} nội dung chưa đáp ứng. {problems} Danh sách đủ: trang Hồ sơ hoặc lệnh “ntm dossier check”. Có thể in bản dự thảo kèm trang kiểm tra.</source>
        <translation>The official dossier cannot be printed yet: {count} item(s) not met. {problems} The full list: the Dossiers page or “ntm dossier check”. A draft can be printed with a check page.</translation>
    </message>
    <message>
        <source>Không tìm thấy gói đồng bộ {path}.</source>
        <translation>Sync package {path} not found.</translation>
    </message>
    <message>
        <source>Gói {name} không chứa đúng dữ liệu hiện tại của sổ (dữ liệu đã thay đổi sau khi xuất gói, hoặc gói của sổ khác). Hãy xuất gói mới rồi in lại hồ sơ.</source>
        <translation>Package {name} does not hold exactly the workbook&apos;s current data (the data changed after the package was exported, or it belongs to another workbook). Export a new package, then print the dossier again.</translation>
    </message>
    <message>
        <source>Không đọc được dấu vân tay khóa trong manifest.json của gói; hãy dùng --fingerprint.</source>
        <translation>Cannot read the key fingerprint in the package&apos;s manifest.json; use --fingerprint.</translation>
    </message>
    <message>
        <source>Khóa hồ sơ không xác định: “{key}” (xem “ntm dossier fields list --all”).</source>
        <translation>Unknown dossier key: “{key}” (see “ntm dossier fields list --all”).</translation>
    </message>
    <message>
        <source>“{key}” không được âm.</source>
        <translation>“{key}” must not be negative.</translation>
    </message>
    <message>
        <source>“{key}”: ngày không hợp lệ “{value}” (dạng 2025-03-05 hoặc 05/03/2025).</source>
        <translation>“{key}”: invalid date “{value}” (use 2025-03-05 or 05/03/2025).</translation>
    </message>
    <message>
        <source>“{key}” phải là số nguyên, không phải “{value}”.</source>
        <translation>“{key}” must be a whole number, not “{value}”.</translation>
    </message>
    <message>
        <source>“{key}”: danh sách JSON không hợp lệ.</source>
        <translation>“{key}”: invalid JSON list.</translation>
    </message>
    <message>
        <source>Thiếu phông chữ {file} trong {folder}.</source>
        <translation>The font {file} is missing from {folder}.</translation>
    </message>
    <message>
        <source>Cần ít nhất một nhóm tiêu chí.</source>
        <translation>At least one criteria band is needed.</translation>
    </message>
    <message>
        <source>Không có xã nào để tổng hợp.</source>
        <translation>There is no commune to summarise.</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí không hợp lệ: “{part}”.</source>
        <translation>Invalid criteria band: “{part}”.</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí không hợp lệ: “{part}” (ví dụ 15-18).</source>
        <translation>Invalid criteria band: “{part}” (for example 15-18).</translation>
    </message>
    <message>
        <source>Không có thư mục {folder} để ghi {name}.</source>
        <translation>The folder {folder} does not exist, so {name} cannot be written.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp: {reason}.</source>
        <translation>Could not read or write the file: {reason}.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp “{name}”: {reason}.</source>
        <translation>Could not read or write the file “{name}”: {reason}.</translation>
    </message>
    <message>
        <source>Hãy ghi ý kiến để xã biết cần sửa gì.</source>
        <translation>Write comments so the commune knows what to fix.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{code}” trong bản dự thảo.</source>
        <translation>The draft has no indicator “{code}”.</translation>
    </message>
    <message>
        <source>“{text}” không phải là số.</source>
        <translation>“{text}” is not a number.</translation>
    </message>
    <message>
        <source>Tiêu chí {criterion} đã đủ 99 chỉ tiêu.</source>
        <translation>Criterion {criterion} already has 99 indicators.</translation>
    </message>
    <message>
        <source>Không có tiêu chí “{criterion}”.</source>
        <translation>There is no criterion “{criterion}”.</translation>
    </message>
    <message>
        <source>Quá nhiều chỉ tiêu (tối đa {limit}).</source>
        <translation>Too many indicators (at most {limit}).</translation>
    </message>
    <message>
        <source>Tách thành 2 đến 20 chỉ tiêu.</source>
        <translation>Split into 2 to 20 indicators.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{code}” đã bị bỏ.</source>
        <translation>Indicator “{code}” has been removed.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{code}” đã bỏ.</source>
        <translation>There is no removed indicator “{code}”.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí còn {count} lỗi, chưa ban hành được: {first}</source>
        <translation>The set still has {count} errors and cannot be published: {first}</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” quá lớn.</source>
        <translation>The Excel file “{name}” is too large.</translation>
    </message>
    <message>
        <source>Bản dự thảo bộ tiêu chí không đọc được.</source>
        <translation>The criteria draft cannot be read.</translation>
    </message>
    <message>
        <source>Cần số quyết định (ví dụ “15/2026/QĐ-UBND”).</source>
        <translation>The decision number is needed (e.g. “15/2026/QĐ-UBND”).</translation>
    </message>
    <message>
        <source>Cần cơ quan ban hành (ví dụ “UBND tỉnh …”).</source>
        <translation>The issuing body is needed (e.g. “UBND tỉnh …”).</translation>
    </message>
    <message>
        <source>Cần ngày ban hành quyết định.</source>
        <translation>The date of the decision is needed.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{code}” không hợp lệ (dạng “5” hoặc “5.2”).</source>
        <translation>Indicator code “{code}” is not valid (like “5” or “5.2”).</translation>
    </message>
    <message>
        <source>Cần nội dung chỉ tiêu.</source>
        <translation>The indicator needs a text.</translation>
    </message>
    <message>
        <source>Đơn vị tính quá dài.</source>
        <translation>The unit is too long.</translation>
    </message>
    <message>
        <source>Loại chỉ tiêu không hợp lệ.</source>
        <translation>The indicator kind is not valid.</translation>
    </message>
    <message>
        <source>Phép so sánh phải là ≥, ≤ hoặc =.</source>
        <translation>The comparison must be ≥, ≤ or =.</translation>
    </message>
    <message>
        <source>Năm áp dụng phải trong khoảng 2000–2100.</source>
        <translation>The year must be between 2000 and 2100.</translation>
    </message>
    <message>
        <source>Chỉ tiêu tự tính từ sổ công trình phải giữ loại “{kind}”.</source>
        <translation>An indicator computed from the infrastructure register must stay of kind “{kind}”.</translation>
    </message>
    <message>
        <source>Mã bộ tiêu chí của tỉnh chỉ gồm chữ thường không dấu, số, “.”, “-”, “_” (2–64 ký tự).</source>
        <translation>The set ID may only hold lower-case letters without accents, digits, “.”, “-”, “_” (2–64 characters).</translation>
    </message>
    <message>
        <source>Phiên bản phải có dạng 1.0.0.</source>
        <translation>The version must look like 1.0.0.</translation>
    </message>
    <message>
        <source>Cần tên bộ tiêu chí.</source>
        <translation>The set needs a title.</translation>
    </message>
    <message>
        <source>Cần tên tỉnh.</source>
        <translation>The province name is needed.</translation>
    </message>
    <message>
        <source>Mã tỉnh gồm 2 chữ số.</source>
        <translation>The province code has 2 digits.</translation>
    </message>
    <message>
        <source>“{value}” không phải vùng/nhóm xã của bộ tiêu chí này.</source>
        <translation>“{value}” is not a region/commune group of this set.</translation>
    </message>
    <message>
        <source>Không có thay đổi so với phiên bản {last} đã ban hành; không cần ban hành lại.</source>
        <translation>Nothing changed since the published version {last}; no need to publish again.</translation>
    </message>
    <message>
        <source>Phiên bản {version} phải lớn hơn phiên bản đã ban hành {last}.</source>
        <translation>Version {version} must be greater than the published version {last}.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {name}.</source>
        <translation>Cannot read the file {name}.</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” không phải bảng bộ tiêu chí (cần hai trang “{info}” và “{table}”).</source>
        <translation>The Excel file “{name}” is not a criteria table (it needs the sheets “{info}” and “{table}”).</translation>
    </message>
    <message>
        <source>Tệp Excel ghi bộ tiêu chí quốc gia “{base}”, không có trong phần mềm.</source>
        <translation>The Excel file names the national set “{base}”, which this program does not have.</translation>
    </message>
    <message>
        <source>Trang “{sheet}” thiếu cột Mã hoặc Tiêu chí.</source>
        <translation>The sheet “{sheet}” lacks the Code or Criterion column.</translation>
    </message>
    <message>
        <source>Số quyết định quá dài.</source>
        <translation>The decision number is too long.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{code}” phải bắt đầu bằng “{criterion}.”.</source>
        <translation>Indicator code “{code}” must start with “{criterion}.”.</translation>
    </message>
    <message>
        <source>Nội dung chỉ tiêu quá dài.</source>
        <translation>The indicator text is too long.</translation>
    </message>
    <message>
        <source>Chỉ tiêu Đạt/Không đạt chỉ dùng phép so sánh “=”.</source>
        <translation>A met/not met indicator only uses “=”.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải trong khoảng 0–100, không phải {value}.</source>
        <translation>A share must be between 0 and 100, not {value}.</translation>
    </message>
    <message>
        <source>Tiêu chí {criterion} phải còn ít nhất một chỉ tiêu.</source>
        <translation>Criterion {criterion} must keep at least one indicator.</translation>
    </message>
    <message>
        <source>Chỉ đổi được mã của chỉ tiêu tỉnh thêm.</source>
        <translation>Only the code of an indicator the province added can change.</translation>
    </message>
    <message>
        <source>Không sửa được mục “{column}”.</source>
        <translation>The item “{column}” cannot be edited.</translation>
    </message>
    <message>
        <source>Ngày “{date}” không hợp lệ.</source>
        <translation>The date “{date}” is not valid.</translation>
    </message>
    <message>
        <source>Ngày ban hành {date} ở tương lai.</source>
        <translation>The date of issue {date} is in the future.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{code}” bị trùng.</source>
        <translation>Indicator code “{code}” is used twice.</translation>
    </message>
    <message>
        <source>Mức đạt chuẩn không được âm.</source>
        <translation>A level cannot be negative.</translation>
    </message>
    <message>
        <source>Chưa có mức đạt chuẩn cho {groups}: xã thuộc đó sẽ ở trạng thái “chưa xác định”.</source>
        <translation>No level yet for {groups}: communes there will stay “undetermined”.</translation>
    </message>
    <message>
        <source>“{text}” không phải là năm.</source>
        <translation>“{text}” is not a year.</translation>
    </message>
    <message>
        <source>Số đếm phải là số nguyên.</source>
        <translation>A count must be a whole number.</translation>
    </message>
    <message>
        <source>Chỉ tiêu Đạt/Không đạt chỉ nhận mức 1 (Đạt); để trống cũng được.</source>
        <translation>A met/not met indicator only takes level 1 (met), or none.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “phải không có” chỉ nhận mức 0.</source>
        <translation>A “must be none” indicator only takes level 0.</translation>
    </message>
    <message>
        <source>{where}, cột {column}: {message}</source>
        <translation>{where}, column {column}: {message}</translation>
    </message>
    <message>
        <source>Không sửa được cột “{column}”.</source>
        <translation>The column “{column}” cannot be edited.</translation>
    </message>
    <message>
        <source>Không gian thẩm định chưa có khóa ký. Chạy “ntm init appraiser”.</source>
        <translation>The appraiser workspace has no signing key. Run “ntm init appraiser”.</translation>
    </message>
    <message>
        <source>Không gian thẩm định chỉ đăng ký khóa của xã.</source>
        <translation>An appraisal workspace registers only communes&apos; keys.</translation>
    </message>
    <message>
        <source>Đã nhận bộ tiêu chí của tỉnh “{title}”, phiên bản {version}, căn cứ {basis}. Các chỉ tiêu từ nay được đánh giá theo bộ này (năm đã được phê duyệt giữ bộ tiêu chí đã dùng khi phê duyệt).</source>
        <translation>Received the provincial criteria “{title}”, version {version}, legal basis {basis}. Indicators are now evaluated with this set (an approved year keeps the set it was approved with).</translation>
    </message>
    <message>
        <source>Không có tệp {name} trong thư mục cách ly.</source>
        <translation>There is no file {name} in the quarantine.</translation>
    </message>
    <message>
        <source>Chưa chọn tệp nào.</source>
        <translation>No file selected.</translation>
    </message>
    <message>
        <source>Khi không thống nhất, hãy ghi nhận xét hoặc số liệu của cơ quan thẩm định.</source>
        <translation>When disagreeing, write a comment or the appraiser&apos;s figure.</translation>
    </message>
    <message>
        <source>Kho thẩm định chưa có dữ liệu của xã nào.</source>
        <translation>The hub holds no commune&apos;s data yet.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu không xác định: “{code}”.</source>
        <translation>Unknown indicator code: “{code}”.</translation>
    </message>
    <message>
        <source>Tỷ lệ phải từ 0 đến 100%, không phải {value}.</source>
        <translation>A percentage must be from 0 to 100%, not {value}.</translation>
    </message>
    <message>
        <source>Chỉ tiêu Đạt/Không đạt nhận giá trị 1 (đạt) hoặc 0.</source>
        <translation>A Met/Not met indicator takes the value 1 (met) or 0.</translation>
    </message>
    <message>
        <source>Giá trị không được âm.</source>
        <translation>The value must not be negative.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp {path}.</source>
        <translation>File not found: {path}.</translation>
    </message>
    <message>
        <source>Tệp “{name}” lớn quá 50 MB.</source>
        <translation>The file “{name}” is larger than 50 MB.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi {id}.</source>
        <translation>Record {id} not found.</translation>
    </message>
    <message>
        <source>Tệp ảnh “{name}” bị hỏng hoặc không đọc được.</source>
        <translation>The image file “{name}” is damaged or cannot be read.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu: {path}</source>
        <translation>Backup not found: {path}</translation>
    </message>
    <message>
        <source>Bản sao lưu bị hỏng hoặc không phải sổ dữ liệu NTM.</source>
        <translation>The backup is damaged or is not an NTM workbook.</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu: {detail}</source>
        <translation>Cannot create the backup: {detail}</translation>
    </message>
    <message>
        <source>Bản sao lưu không đọc được: {detail}</source>
        <translation>The backup cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Không khôi phục được: {detail}</source>
        <translation>Cannot restore: {detail}</translation>
    </message>
    <message>
        <source>Không có thôn “{name}”.</source>
        <translation>There is no village “{name}”.</translation>
    </message>
    <message>
        <source>Sổ dữ liệu chưa có thông tin xã. Hãy chạy “ntm init commune”.</source>
        <translation>The workbook has no commune information yet. Run “ntm init commune”.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không xác định: “{criteria_set}”.</source>
        <translation>Unknown criteria set: “{criteria_set}”.</translation>
    </message>
    <message>
        <source>Đã có thôn “{name}”.</source>
        <translation>There is already a village “{name}”.</translation>
    </message>
    <message>
        <source>{where}, cột {field}: {message}</source>
        <translation>{where}, column {field}: {message}</translation>
    </message>
    <message>
        <source>Khóa không hợp lệ: {key}</source>
        <translation>Invalid key: {key}</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ tại {path}: khoảng giá trị hợp lý phải là [nhỏ nhất, lớn nhất].</source>
        <translation>Invalid catalog at {path}: the plausible range must be [minimum, maximum].</translation>
    </message>
    <message>
        <source>{name}: điều kiện số {number} không hợp lệ.</source>
        <translation>{name}: condition number {number} is not valid.</translation>
    </message>
    <message>
        <source>Thời điểm báo cáo không hợp lệ: “{value}” (ví dụ 7/2020, 30/6/2017 hoặc 2020).</source>
        <translation>Invalid report date: “{value}” (for example 7/2020, 30/6/2017 or 2020).</translation>
    </message>
    <message>
        <source>Năm đánh giá không hợp lệ.</source>
        <translation>Invalid assessment year.</translation>
    </message>
    <message>
        <source>Tệp này không phải bộ tiêu chí bổ sung của tỉnh (kind = overlay).</source>
        <translation>This file is not a provincial supplementary criteria set (kind = overlay).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh dựa trên “{base}”, còn xã đang dùng “{criteria_set}”.</source>
        <translation>The provincial criteria set is based on “{base}”, but the commune uses “{criteria_set}”.</translation>
    </message>
    <message>
        <source>Chưa cài bộ tiêu chí của tỉnh “{overlay}”.</source>
        <translation>The provincial criteria set “{overlay}” is not installed.</translation>
    </message>
    <message>
        <source>Thẻ khóa quá lớn.</source>
        <translation>The key card is too large.</translation>
    </message>
    <message>
        <source>Sổ dữ liệu xã chỉ đăng ký khóa của nơi thẩm định.</source>
        <translation>A commune workbook only registers the appraiser&apos;s key.</translation>
    </message>
    <message>
        <source>Không có thư mục {folder}.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Không đọc được thẻ khóa {name}: {reason}</source>
        <translation>Cannot read the key card {name}: {reason}</translation>
    </message>
    <message>
        <source>Chưa có không gian thẩm định tại {path}. Chạy “ntm init appraiser”.</source>
        <translation>There is no appraisal workspace at {path} yet. Run “ntm init appraiser”.</translation>
    </message>
    <message>
        <source>Khóa này đã bị thu hồi; không đăng ký lại được.</source>
        <translation>This key has been revoked; it cannot be registered again.</translation>
    </message>
    <message>
        <source>Không có khóa {key_id} trong danh sách tin cậy.</source>
        <translation>Key {key_id} is not in the trusted list.</translation>
    </message>
    <message>
        <source>Mã xã không hợp lệ: {code}</source>
        <translation>Invalid commune code: {code}</translation>
    </message>
    <message>
        <source>Kết quả thẩm định phải là agree hoặc disagree.</source>
        <translation>The appraisal result must be agree or disagree.</translation>
    </message>
    <message>
        <source>Trạng thái phải là dat hoặc chua_dat.</source>
        <translation>The status must be dat or chua_dat.</translation>
    </message>
    <message>
        <source>Năm không hợp lệ.</source>
        <translation>Invalid year.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu không hợp lệ.</source>
        <translation>Invalid indicator code.</translation>
    </message>
    <message>
        <source>Hồ sơ năm {year} của xã {code} đã được phê duyệt và khóa.</source>
        <translation>The {year} dossier of commune {code} has been approved and locked.</translation>
    </message>
    <message>
        <source>Trạng thái phê duyệt không hợp lệ.</source>
        <translation>Invalid approval state.</translation>
    </message>
    <message>
        <source>Hồ sơ đã được phê duyệt và khóa.</source>
        <translation>The dossier has been approved and locked.</translation>
    </message>
    <message>
        <source>Chưa nhận dữ liệu của xã {code}.</source>
        <translation>No data has been received from commune {code} yet.</translation>
    </message>
    <message>
        <source>Cấp thẩm định phải là district hoặc province.</source>
        <translation>The appraisal level must be district or province.</translation>
    </message>
    <message>
        <source>Tệp chứa số không hợp lệ (NaN hoặc vô cực).</source>
        <translation>The file contains an invalid number (NaN or infinity).</translation>
    </message>
    <message>
        <source>{name} rỗng.</source>
        <translation>{name} is empty.</translation>
    </message>
    <message>
        <source>{name} chứa giá trị không hợp lệ: {value}</source>
        <translation>{name} contains an invalid value: {value}</translation>
    </message>
    <message>
        <source>Không phải tệp sổ dữ liệu NTM (cần format = “{format}”).</source>
        <translation>Not an NTM workbook file (format = “{format}” is required).</translation>
    </message>
    <message>
        <source>Tệp được tạo bởi phiên bản mới hơn; hãy cập nhật NTM Desktop.</source>
        <translation>The file was created by a newer version; update NTM Desktop.</translation>
    </message>
    <message>
        <source>Thiếu phần “tables”.</source>
        <translation>The “tables” section is missing.</translation>
    </message>
    <message>
        <source>Bảng không xác định: {tables}.</source>
        <translation>Unknown tables: {tables}.</translation>
    </message>
    <message>
        <source>Một sổ dữ liệu chỉ có một xã.</source>
        <translation>A workbook has only one commune.</translation>
    </message>
    <message>
        <source>Tệp thuộc xã khác ({incoming}); sổ dữ liệu này của {current}.</source>
        <translation>The file belongs to another commune ({incoming}); this workbook belongs to {current}.</translation>
    </message>
    <message>
        <source>{name} không phải UTF-8 (byte lỗi ở vị trí {position}). Hãy lưu lại tệp với bảng mã UTF-8 (Unicode).</source>
        <translation>{name} is not UTF-8 (invalid byte at position {position}). Save the file again with the UTF-8 (Unicode) encoding.</translation>
    </message>
    <message>
        <source>{name} không phải JSON hợp lệ: dòng {line}, cột {column}: {detail}.</source>
        <translation>{name} is not valid JSON: line {line}, column {column}: {detail}.</translation>
    </message>
    <message>
        <source>Tệp {name} quá lớn.</source>
        <translation>File {name} is too large.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: {detail}</source>
        <translation>Cannot read the file {path}: {detail}</translation>
    </message>
    <message>
        <source>tables.{table} phải là một danh sách.</source>
        <translation>tables.{table} must be a list.</translation>
    </message>
    <message>
        <source>{name} bị cắt cụt (kết thúc giữa chừng); hãy lấy lại tệp đầy đủ.</source>
        <translation>{name} is truncated (it ends part-way); get the complete file again.</translation>
    </message>
    <message>
        <source>{where}: mỗi dòng phải có “id”.</source>
        <translation>{where}: every row must have an “id”.</translation>
    </message>
    <message>
        <source>{where}: trùng id {id}.</source>
        <translation>{where}: duplicate id {id}.</translation>
    </message>
    <message>
        <source>{where}: trường không xác định {fields}.</source>
        <translation>{where}: unknown fields {fields}.</translation>
    </message>
    <message>
        <source>{where}.{field}: {message}</source>
        <translation>{where}.{field}: {message}</translation>
    </message>
    <message>
        <source>{where}: tham chiếu tới “{ref}” không có trong {target}.</source>
        <translation>{where}: the reference to “{ref}” does not exist in {target}.</translation>
    </message>
    <message>
        <source>thiếu mục nhật ký trước số {seq}</source>
        <translation>journal entries before number {seq} are missing</translation>
    </message>
    <message>
        <source>liên kết với mục trước bị hỏng</source>
        <translation>the link to the previous entry is broken</translation>
    </message>
    <message>
        <source>nội dung mục đã bị sửa (hash không khớp)</source>
        <translation>the entry&apos;s content has been modified (hash mismatch)</translation>
    </message>
    <message>
        <source>Không có dự án “{name}”.</source>
        <translation>There is no project “{name}”.</translation>
    </message>
    <message>
        <source>Dự án đã có khoản đóng góp; hãy chuyển hoặc xóa các khoản đó trước.</source>
        <translation>The project already has contributions; move or delete them first.</translation>
    </message>
    <message>
        <source>Không có công trình hạ tầng {id}.</source>
        <translation>There is no infrastructure item {id}.</translation>
    </message>
    <message>
        <source>Không hoàn tác được: dữ liệu này đã được sửa tiếp sau đó.</source>
        <translation>Cannot undo: this data has been changed again since.</translation>
    </message>
    <message>
        <source>Lỗi cơ sở dữ liệu: {detail}</source>
        <translation>Database error: {detail}</translation>
    </message>
    <message>
        <source>Sổ dữ liệu đang được một chương trình khác ghi. Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>Another program is writing to the workbook. Close that program and try again.</translation>
    </message>
    <message>
        <source>Ổ đĩa đã đầy: không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại; dữ liệu cũ vẫn nguyên vẹn.</source>
        <translation>The disk is full: the data could not be written. Free up some space and try again; the existing data is intact.</translation>
    </message>
    <message>
        <source>Không ghi được vào sổ dữ liệu (tệp chỉ đọc).</source>
        <translation>Cannot write to the workbook (the file is read-only).</translation>
    </message>
    <message>
        <source>Bản ghi đang được dùng ở nơi khác hoặc tham chiếu tới bản ghi không tồn tại.</source>
        <translation>The record is used elsewhere or refers to a record that does not exist.</translation>
    </message>
    <message>
        <source>Bản ghi trùng với một bản ghi đã có.</source>
        <translation>The record duplicates an existing record.</translation>
    </message>
    <message>
        <source>Tệp không phải sổ dữ liệu NTM hợp lệ hoặc đã bị hỏng.</source>
        <translation>The file is not a valid NTM workbook or it is damaged.</translation>
    </message>
    <message>
        <source>Không tìm thấy sổ dữ liệu: {path}</source>
        <translation>Workbook not found: {path}</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi {id} trong “{table}”.</source>
        <translation>Record {id} not found in “{table}”.</translation>
    </message>
    <message>
        <source>Trường không xác định trong “{table}”: {fields}.</source>
        <translation>Unknown fields in “{table}”: {fields}.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: {detail}</source>
        <translation>Cannot write the file {path}: {detail}</translation>
    </message>
    <message>
        <source>Sổ dữ liệu thiếu bảng meta.</source>
        <translation>The workbook is missing the meta table.</translation>
    </message>
    <message>
        <source>Mục nhật ký {seq} không nối tiếp mục {prev}.</source>
        <translation>Journal entry {seq} does not follow entry {prev}.</translation>
    </message>
    <message>
        <source>Mục nhật ký {seq} bị sửa đổi.</source>
        <translation>Journal entry {seq} has been modified.</translation>
    </message>
    <message>
        <source>Bảng không hợp lệ: {table}</source>
        <translation>Invalid table: {table}</translation>
    </message>
    <message>
        <source>Tệp “{name}” không phải sổ dữ liệu NTM.</source>
        <translation>The file “{name}” is not an NTM workbook.</translation>
    </message>
    <message>
        <source>Mục nhật ký {seq} có trường lạ.</source>
        <translation>Journal entry {seq} has unexpected fields.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không xác định: “{name}”.</source>
        <translation>Unknown criteria set: “{name}”.</translation>
    </message>
    <message>
        <source>Sổ dữ liệu {path} đã có thông tin xã.</source>
        <translation>The workbook {path} already has a commune.</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” không có trang nào của sổ dữ liệu NTM ({sheets}).</source>
        <translation>Excel file “{name}” has no NTM workbook sheet ({sheets}).</translation>
    </message>
    <message>
        <source>Không ghi được Excel: {detail}</source>
        <translation>Cannot write the Excel file: {detail}</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” hỏng hoặc không phải định dạng .xlsx.</source>
        <translation>Excel file “{name}” is damaged or not in .xlsx format.</translation>
    </message>
    <message>
        <source>Tệp Excel “{name}” bị cắt cụt hoặc hỏng.</source>
        <translation>Excel file “{name}” is truncated or damaged.</translation>
    </message>
    <message>
        <source>Ảnh “{name}” quá lớn ({width} × {height} điểm ảnh, {mpx} triệu điểm ảnh): NTM chỉ nhận ảnh đến {limit} triệu điểm ảnh. Hãy thu nhỏ ảnh hoặc chụp ở độ phân giải thấp hơn rồi thêm lại.</source>
        <translation>The photo “{name}” is too large ({width} × {height} pixels, {mpx} megapixels): NTM accepts photos of up to {limit} megapixels. Make the photo smaller, or take it at a lower resolution, then add it again.</translation>
    </message>
    <message>
        <source>Ảnh “{name}” quá lớn: NTM chỉ nhận ảnh đến {limit} triệu điểm ảnh. Hãy thu nhỏ ảnh hoặc chụp ở độ phân giải thấp hơn rồi thêm lại.</source>
        <translation>The photo “{name}” is too large: NTM accepts photos of up to {limit} megapixels. Make the photo smaller, or take it at a lower resolution, then add it again.</translation>
    </message>
    <message>
        <source>{name} không phải JSON hợp lệ (lỗi trong khoảng byte {position}): {detail}.</source>
        <translation>{name} is not valid JSON (error around byte {position}): {detail}.</translation>
    </message>
    <message>
        <source>Trang “{sheet}” thiếu dòng tiêu đề (dòng 2 là mã cột).</source>
        <translation>Sheet “{sheet}” is missing its header row (row 2 holds the column codes).</translation>
    </message>
    <message>
        <source>Tệp Excel quá nhiều dòng.</source>
        <translation>The Excel file has too many rows.</translation>
    </message>
    <message>
        <source>Xã {code} đã có khóa đang dùng ({fingerprint}). Chỉ đăng ký khóa mới khi xã xác nhận qua điện thoại là thay khóa cũ (ntm trust add … --replace).</source>
        <translation>Commune {code} already has a key in use ({fingerprint}). Register a new key only when the commune confirms by phone that it replaces the old one (ntm trust add … --replace).</translation>
    </message>
    <message>
        <source>Khóa công khai yếu hoặc không chuẩn; không đăng ký được.</source>
        <translation>The public key is weak or not canonical; it cannot be registered.</translation>
    </message>
    <message>
        <source>Không có lần đổi khóa nào sang khóa {key_id}.</source>
        <translation>There is no key rotation to key {key_id}.</translation>
    </message>
    <message>
        <source>Không ghi được kết quả thẩm định (lỗi cơ sở dữ liệu; chi tiết trong nhật ký chương trình).</source>
        <translation>Could not save the appraisal result (database error; details in the program log).</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị từ chối ({code}).</source>
        <translation>The data package was rejected ({code}).</translation>
    </message>
    <message>
        <source>Tệp gói dữ liệu rỗng (0 byte). Hãy chép lại tệp từ nơi gửi.</source>
        <translation>The data package file is empty (0 bytes). Copy the file again from the sender.</translation>
    </message>
    <message>
        <source>Không đọc được tệp gói dữ liệu: {detail}</source>
        <translation>Cannot read the data package file: {detail}</translation>
    </message>
    <message>
        <source>Tệp gói dữ liệu quá lớn ({detail}); NTM không mở tệp này.</source>
        <translation>The data package file is too large ({detail}); NTM will not open it.</translation>
    </message>
    <message>
        <source>Tệp này không phải gói dữ liệu NTM (.ntmpkg).</source>
        <translation>This file is not an NTM data package (.ntmpkg).</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị cắt cụt (tệp chép chưa xong hoặc USB bị rút giữa chừng). Hãy chép lại tệp.</source>
        <translation>The data package is truncated (the copy did not finish or the USB drive was removed too early). Copy the file again.</translation>
    </message>
    <message>
        <source>Gói dữ liệu có quá nhiều tệp thành phần ({detail}).</source>
        <translation>The data package contains too many member files ({detail}).</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa đường dẫn tuyệt đối “{member}” — có thể là tệp độc hại.</source>
        <translation>The data package contains the absolute path “{member}” — it may be a malicious file.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa đường dẫn “{member}” trỏ ra ngoài — có thể là tệp độc hại.</source>
        <translation>The data package contains the path “{member}” pointing outside the package — it may be a malicious file.</translation>
    </message>
    <message>
        <source>Tên tệp thành phần không hợp lệ: “{member}”.</source>
        <translation>Invalid member file name: “{member}”.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa liên kết (symlink) “{member}” — không được phép.</source>
        <translation>The data package contains the link (symlink) “{member}” — this is not allowed.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” bị mã hóa — gói không do NTM tạo ra.</source>
        <translation>Member file “{member}” is encrypted — the package was not created by NTM.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” dùng kiểu nén không hỗ trợ.</source>
        <translation>Member file “{member}” uses an unsupported compression method.</translation>
    </message>
    <message>
        <source>Gói dữ liệu có hai tệp cùng tên “{member}”.</source>
        <translation>The data package contains two files named “{member}”.</translation>
    </message>
    <message>
        <source>Gói dữ liệu có hai tệp tên gần giống nhau (chỉ khác hoa/thường hoặc cách ghi dấu): “{member}”.</source>
        <translation>The data package contains two files with nearly identical names (differing only in case or in how accents are encoded): “{member}”.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa tệp lạ “{member}”.</source>
        <translation>The data package contains an unexpected file “{member}”.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” quá lớn ({detail}).</source>
        <translation>Member file “{member}” is too large ({detail}).</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” có tỉ lệ nén bất thường (nghi “bom zip”); gói bị từ chối.</source>
        <translation>Member file “{member}” has an abnormal compression ratio (suspected “zip bomb”); the package was rejected.</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu tệp manifest.json.</source>
        <translation>The data package is missing manifest.json.</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu chữ ký (manifest.sig).</source>
        <translation>The data package is missing its signature (manifest.sig).</translation>
    </message>
    <message>
        <source>Tệp “{member}” không phải UTF-8 hợp lệ.</source>
        <translation>File “{member}” is not valid UTF-8.</translation>
    </message>
    <message>
        <source>Tệp “{member}” không phải JSON hợp lệ: {detail}</source>
        <translation>File “{member}” is not valid JSON: {detail}</translation>
    </message>
    <message>
        <source>Tệp “{member}” chứa số không hợp lệ (NaN, vô cực hoặc quá lớn): {detail}</source>
        <translation>File “{member}” contains an invalid number (NaN, infinity or too large): {detail}</translation>
    </message>
    <message>
        <source>manifest.json không phải của gói dữ liệu NTM.</source>
        <translation>manifest.json does not belong to an NTM data package.</translation>
    </message>
    <message>
        <source>Gói dữ liệu được tạo bởi phiên bản NTM Desktop mới hơn (định dạng {detail}). Hãy cập nhật phần mềm rồi nhập lại.</source>
        <translation>The data package was created by a newer version of NTM Desktop (format {detail}). Update the software, then import it again.</translation>
    </message>
    <message>
        <source>Tệp “{member}” có trường không xác định: {detail}</source>
        <translation>File “{member}” has an unknown field: {detail}</translation>
    </message>
    <message>
        <source>manifest.json không hợp lệ: {detail}</source>
        <translation>manifest.json is invalid: {detail}</translation>
    </message>
    <message>
        <source>Chữ ký của gói dữ liệu không hợp lệ: gói đã bị sửa đổi sau khi ký hoặc không do khóa đã đăng ký ký.</source>
        <translation>The data package&apos;s signature is invalid: the package was modified after signing or was not signed by a registered key.</translation>
    </message>
    <message>
        <source>Gói dữ liệu được ký bằng khóa chưa đăng ký (mã vân tay {detail}). Hãy gọi điện cho người gửi để so mã vân tay rồi đăng ký khóa (ntm trust add).</source>
        <translation>The data package is signed with an unregistered key (fingerprint {detail}). Phone the sender to compare fingerprints, then register the key (ntm trust add).</translation>
    </message>
    <message>
        <source>Khóa ký gói dữ liệu đã bị thu hồi ({detail}). Hãy đề nghị người gửi đăng ký lại khóa mới.</source>
        <translation>The key that signed the data package has been revoked ({detail}). Ask the sender to register a new key.</translation>
    </message>
    <message>
        <source>Khóa ký gói dữ liệu đã được thay bằng khóa mới ({detail}); gói này không được chấp nhận.</source>
        <translation>The key that signed the data package has been replaced by a new key ({detail}); this package is not accepted.</translation>
    </message>
    <message>
        <source>Thông báo đổi khóa trong gói dữ liệu không hợp lệ: {detail}</source>
        <translation>The key change notice in the data package is invalid: {detail}</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu tệp “{member}” được liệt kê trong manifest.</source>
        <translation>The data package is missing the file “{member}” listed in the manifest.</translation>
    </message>
    <message>
        <source>Gói dữ liệu chứa tệp “{member}” không có trong manifest.</source>
        <translation>The data package contains the file “{member}”, which is not in the manifest.</translation>
    </message>
    <message>
        <source>Gói dữ liệu đã bị sửa đổi sau khi ký: kích thước tệp {member} không khớp.</source>
        <translation>The data package was modified after signing: the size of file {member} does not match.</translation>
    </message>
    <message>
        <source>Gói dữ liệu đã bị sửa đổi sau khi ký: tệp {member} không khớp.</source>
        <translation>The data package was modified after signing: file {member} does not match.</translation>
    </message>
    <message>
        <source>Nhật ký trong gói dữ liệu không hợp lệ (dòng {detail}).</source>
        <translation>The journal in the data package is invalid (line {detail}).</translation>
    </message>
    <message>
        <source>Chuỗi nhật ký trong gói dữ liệu bị đứt hoặc bị sửa (mục {detail}).</source>
        <translation>The journal chain in the data package is broken or modified (entry {detail}).</translation>
    </message>
    <message>
        <source>Kết quả thẩm định trong gói không hợp lệ (dòng {detail}).</source>
        <translation>The appraisal results in the package are invalid (line {detail}).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí trong gói không hợp lệ: {detail}</source>
        <translation>The criteria set in the package is invalid: {detail}</translation>
    </message>
    <message>
        <source>Gói dữ liệu ghi là của xã {detail}, nhưng khóa ký đã đăng ký cho xã khác.</source>
        <translation>The data package says it is from commune {detail}, but the signing key is registered to another commune.</translation>
    </message>
    <message>
        <source>Gói dữ liệu này gửi cho nơi khác ({detail}), không phải cho sổ dữ liệu này.</source>
        <translation>This data package is addressed to someone else ({detail}), not to this workbook.</translation>
    </message>
    <message>
        <source>Loại gói “{detail}” không nhập được vào sổ dữ liệu này.</source>
        <translation>A package of type “{detail}” cannot be imported into this workbook.</translation>
    </message>
    <message>
        <source>Gói dữ liệu dùng cấu trúc dữ liệu mới hơn (phiên bản {detail}). Hãy cập nhật NTM Desktop.</source>
        <translation>The data package uses a newer data structure (version {detail}). Update NTM Desktop.</translation>
    </message>
    <message>
        <source>Gói dữ liệu này đã được nhập trước đây; không có gì thay đổi.</source>
        <translation>This data package was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Gói dữ liệu cũ hơn gói đã nhập (số {detail}); không nhập.</source>
        <translation>The data package is older than one already imported (number {detail}); not imported.</translation>
    </message>
    <message>
        <source>Thiếu gói dữ liệu trước gói này ({detail}). Hãy nhập các gói còn thiếu trước, hoặc đề nghị xã xuất bản đầy đủ (ntm export --full).</source>
        <translation>Data packages before this one are missing ({detail}). Import the missing packages first, or ask the commune for a full export (ntm export --full).</translation>
    </message>
    <message>
        <source>Gói dữ liệu không nối tiếp gói đã nhập ({detail}): xã có hai bản dữ liệu khác nhau. Hãy liên hệ xã để kiểm tra.</source>
        <translation>The data package does not follow on from the imported packages ({detail}): the commune has two different copies of its data. Contact the commune to check.</translation>
    </message>
    <message>
        <source>Nhật ký trong gói không nối tiếp dữ liệu đã có ({detail}). Hãy đề nghị xã xuất bản đầy đủ (ntm export --full).</source>
        <translation>The journal in the package does not follow on from the existing data ({detail}). Ask the commune for a full export (ntm export --full).</translation>
    </message>
    <message>
        <source>Nhật ký trong gói khác với dữ liệu đã nhập trước (mục {detail}): dữ liệu của xã đã bị thay đổi lịch sử.</source>
        <translation>The journal in the package differs from the data imported before (entry {detail}): the commune&apos;s data history has been altered.</translation>
    </message>
    <message>
        <source>Gói dữ liệu thiếu tệp đính kèm {detail}.</source>
        <translation>The data package is missing attachment {detail}.</translation>
    </message>
    <message>
        <source>Tệp đính kèm “{member}” trong gói dữ liệu không nhận được: {detail}</source>
        <translation>The attached file “{member}” in the data package cannot be accepted: {detail}</translation>
    </message>
    <message>
        <source>Xác nhận của nơi thẩm định không khớp với nhật ký của xã (mục {detail}).</source>
        <translation>The appraiser&apos;s acknowledgement does not match the commune&apos;s journal (entry {detail}).</translation>
    </message>
    <message>
        <source>Gói dữ liệu thay đổi số liệu của năm đã được phê duyệt và khóa (chỉ tiêu {detail}); gói không được nhập. Xã cần khôi phục số liệu đã được phê duyệt rồi xuất bản đầy đủ (ntm export --full).</source>
        <translation>The package changes figures of a year that was approved and locked (indicator {detail}); it was not imported. The commune must restore the approved figures and export a full package (ntm export --full).</translation>
    </message>
    <message>
        <source>Gói dữ liệu này xuất từ xã mẫu (số liệu thử của {detail}), không phải số liệu thật của xã; không nhập.</source>
        <translation>This package was exported from the demo commune (sample data of {detail}), not from a commune&apos;s real data; not imported.</translation>
    </message>
    <message>
        <source>Không áp dụng được gói dữ liệu: {detail}</source>
        <translation>Cannot apply the data package: {detail}</translation>
    </message>
    <message>
        <source>Sổ dữ liệu chưa có thông tin xã.</source>
        <translation>The workbook has no commune information yet.</translation>
    </message>
    <message>
        <source>Tệp thành phần “{member}” bị hỏng ({detail}).</source>
        <translation>Package member “{member}” is damaged ({detail}).</translation>
    </message>
    <message>
        <source>Tên tệp thành phần “{member}” trong thư mục của gói khác với tên ghi ở đầu tệp đó — gói đã bị sửa hoặc ghép.</source>
        <translation>The name of package member “{member}” in the package&apos;s directory differs from the name in the member&apos;s own header — the package was altered or spliced.</translation>
    </message>
    <message>
        <source>Tệp không đúng khuôn dạng gói NTM ({detail}): gói phải bắt đầu ở byte đầu tiên và kết thúc bằng bản ghi kết thúc của nó. Có thể tệp đã bị ghép thêm dữ liệu; hãy đề nghị nơi gửi gửi lại.</source>
        <translation>The file is not framed as an NTM package ({detail}): a package must start at the first byte and end with its end record. Data may have been added to the file; ask the sender to send it again.</translation>
    </message>
    <message>
        <source>Tệp “{member}” chứa ký tự không mã hóa được bằng UTF-8 (nửa cặp thay thế) ({detail}).</source>
        <translation>File “{member}” contains a character that cannot be encoded in UTF-8 (a lone surrogate) ({detail}).</translation>
    </message>
    <message>
        <source>Khóa công khai trong gói dữ liệu là khóa yếu hoặc không chuẩn ({detail}); gói bị từ chối.</source>
        <translation>A public key in the package is weak or not canonical ({detail}); the package is refused.</translation>
    </message>
    <message>
        <source>Gói dữ liệu ({detail}) ký bằng khóa của chính nơi nhận, nên không phải gói hợp lệ gửi đến đây: dữ liệu của xã phải do khóa của xã ký, phản hồi thẩm định và bộ tiêu chí do khóa của nơi thẩm định ký.</source>
        <translation>The package ({detail}) is signed with the receiving workspace&apos;s own key, so it is not a valid package for this workspace: a commune&apos;s data is signed with the commune&apos;s key, appraisal feedback and criteria sets with the appraiser&apos;s key.</translation>
    </message>
    <message>
        <source>Gói dữ liệu ghi thời điểm trong tương lai ({detail}), muộn hơn đồng hồ máy này quá một ngày. Hãy kiểm tra ngày giờ của máy tính này và của máy gửi, rồi nhập lại.</source>
        <translation>The package is dated in the future ({detail}), more than one day after this computer&apos;s clock. Check the date and time of this computer and of the sender&apos;s, then import again.</translation>
    </message>
    <message>
        <source>Giá trị trong gói dữ liệu không hợp lệ (dòng {detail}).</source>
        <translation>A value in the package is not valid (line {detail}).</translation>
    </message>
    <message>
        <source>Gói dữ liệu thay đổi thông tin định danh của xã ({detail}); không được phép.</source>
        <translation>The package changes the commune&apos;s identity ({detail}); this is not allowed.</translation>
    </message>
    <message>
        <source>Lỗi khi xử lý tệp này ({detail}); tệp đã được chuyển vào thư mục cách ly, các tệp khác vẫn được nhập.</source>
        <translation>Error while handling this file ({detail}); it was moved to the quarantine folder, the other files are still imported.</translation>
    </message>
    <message>
        <source>Khóa ký thuộc “{name}” ({key_commune}), không phải xã {commune}.</source>
        <translation>The signing key belongs to “{name}” ({key_commune}), not to commune {commune}.</translation>
    </message>
    <message>
        <source>Thiếu tệp đính kèm {name}: {path}</source>
        <translation>Attachment {name} is missing: {path}</translation>
    </message>
    <message>
        <source>lỗi khi ghi vào kho dữ liệu (chi tiết trong nhật ký chương trình)</source>
        <translation>error while writing to the data store (details in the program log)</translation>
    </message>
    <message>
        <source>Không ghi được tệp đính kèm: {detail}</source>
        <translation>Could not write the attachment: {detail}</translation>
    </message>
    <message>
        <source>Khóa công khai yếu hoặc không chuẩn ({reason}); không dùng được.</source>
        <translation>The public key is weak or not canonical ({reason}); it cannot be used.</translation>
    </message>
    <message>
        <source>Khóa công khai không hợp lệ (độ dài).</source>
        <translation>Invalid public key (length).</translation>
    </message>
    <message>
        <source>Tệp này không phải thẻ khóa công khai NTM.</source>
        <translation>This file is not an NTM public key card.</translation>
    </message>
    <message>
        <source>Thẻ khóa có trường lạ.</source>
        <translation>The key card has an unexpected field.</translation>
    </message>
    <message>
        <source>Thẻ khóa thiếu vai trò hoặc tên.</source>
        <translation>The key card is missing the role or the name.</translation>
    </message>
    <message>
        <source>Thẻ khóa thiếu khóa công khai.</source>
        <translation>The key card is missing the public key.</translation>
    </message>
    <message>
        <source>Mã khóa trên thẻ không khớp với khóa công khai.</source>
        <translation>The key ID on the card does not match the public key.</translation>
    </message>
    <message>
        <source>Khóa công khai không hợp lệ (base64).</source>
        <translation>Invalid public key (base64).</translation>
    </message>
    <message>
        <source>Tệp khóa riêng không phải khóa Ed25519.</source>
        <translation>The private key file is not an Ed25519 key.</translation>
    </message>
    <message>
        <source>Tệp khóa riêng bị hỏng.</source>
        <translation>The private key file is damaged.</translation>
    </message>
    <message>
        <source>Chưa có khóa ký cho không gian làm việc này (chạy “ntm init” hoặc “ntm keys show”).</source>
        <translation>This workspace has no signing key yet (run “ntm init” or “ntm keys show”).</translation>
    </message>
    <message>
        <source>Đã có khóa ký tại {path}.</source>
        <translation>A signing key already exists at {path}.</translation>
    </message>
    <message>
        <source>Vai trò không hợp lệ: {role}</source>
        <translation>Invalid role: {role}</translation>
    </message>
    <message>
        <source>Tệp khóa riêng không khớp với identity.json.</source>
        <translation>The private key file does not match identity.json.</translation>
    </message>
    <message>
        <source>Thẻ khóa công khai không hợp lệ: {detail}</source>
        <translation>Invalid public key card: {detail}</translation>
    </message>
    <message>
        <source>Thẻ khóa của xã phải có mã xã 5 chữ số.</source>
        <translation>A commune&apos;s key card must have a 5-digit commune code.</translation>
    </message>
    <message>
        <source>Thẻ khóa có trường không hợp lệ.</source>
        <translation>The key card has an invalid field.</translation>
    </message>
    <message>
        <source>Khóa riêng được bảo vệ bằng mật khẩu: dùng --passphrase-env BIẾN (hoặc biến NTM_KEY_PASSPHRASE).</source>
        <translation>The private key is protected by a passphrase: use --passphrase-env VARIABLE (or the NTM_KEY_PASSPHRASE variable).</translation>
    </message>
    <message>
        <source>Sai mật khẩu của khóa riêng, hoặc tệp khóa bị hỏng.</source>
        <translation>Wrong passphrase for the private key, or the key file is damaged.</translation>
    </message>
    <message>
        <source>Khóa riêng không có mật khẩu; bỏ --passphrase-env.</source>
        <translation>The private key has no passphrase; drop --passphrase-env.</translation>
    </message>
    <message>
        <source>Không ghi được gói dữ liệu {path}: {detail}. Không có tệp dở dang nào được để lại.</source>
        <translation>Cannot write the data package {path}: {detail}. No partial file was left behind.</translation>
    </message>
    <message>
        <source>Tệp “{name}” thay đổi trong khi đang xuất gói dữ liệu; hãy xuất lại.</source>
        <translation>The file “{name}” changed while the data package was being exported; export again.</translation>
    </message>
    <message>
        <source>Thời điểm “{value}” không hợp lệ (ví dụ 2025-07-05 hoặc 05/7/2025).</source>
        <translation>The time “{value}” is not valid (for example 2025-07-05 or 05/7/2025).</translation>
    </message>
    <message>
        <source>Khóa ký tại {path} không phải của xã {commune}.</source>
        <translation>The signing key at {path} does not belong to commune {commune}.</translation>
    </message>
    <message>
        <source>Biến môi trường {name} chưa được đặt.</source>
        <translation>The environment variable {name} is not set.</translation>
    </message>
    <message>
        <source>Khóa riêng được bảo vệ bằng mật khẩu: dùng --passphrase-env BIẾN.</source>
        <translation>The private key is protected by a passphrase: use --passphrase-env VARIABLE.</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>Xã chưa được công nhận đạt chuẩn nên không có quyết định để thu hồi; hiện có {not_met}/{total} tiêu chí chưa đạt ({share}%).</source>
        <translation>The commune has not been recognised as meeting the standard, so there is no decision to revoke; {not_met}/{total} criteria are currently not met ({share}%).</translation>
    </message>
    <message>
        <source>Quy tắc thu hồi theo {source}; đối chiếu với quyết định của tỉnh trước khi kết luận.</source>
        <translation>Revocation rule according to {source}; check it against the province&apos;s decision before concluding.</translation>
    </message>
    <message>
        <source>Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ {limit}% số tiêu chí trở lên.</source>
        <translation>{not_met}/{total} criteria are not met ({share}%), which is {limit}% of the criteria or more.</translation>
    </message>
    <message>
        <source>Có {not_met}/{total} tiêu chí chưa đạt ({share}%), từ {limit_key}% đến dưới {limit}%, trong đó có tiêu chí then chốt chưa đạt: {keys}.</source>
        <translation>{not_met}/{total} criteria are not met ({share}%), between {limit_key}% and less than {limit}%, including key criteria not met: {keys}.</translation>
    </message>
    <message>
        <source>Xã duy trì đủ các tiêu chí.</source>
        <translation>The commune maintains all criteria.</translation>
    </message>
    <message>
        <source>Xã đã được công nhận phải duy trì đủ các tiêu chí; hiện có {not_met}/{total} tiêu chí chưa đạt ({share}%): {codes}.</source>
        <translation>A recognised commune must maintain all criteria; {not_met}/{total} criteria are currently not met ({share}%): {codes}.</translation>
    </message>
    <message>
        <source>Tiêu chí then chốt chưa đạt: {keys}.</source>
        <translation>Key criteria not met: {keys}.</translation>
    </message>
    <message>
        <source>{count} tiêu chí chưa xác định: {codes}.</source>
        <translation>{count} criteria not yet determined: {codes}.</translation>
    </message>
    <message>
        <source>Nếu các tiêu chí chưa xác định không đạt, xã thuộc diện bị thu hồi quyết định công nhận.</source>
        <translation>If the undetermined criteria turn out not to be met, the commune&apos;s recognition decision is liable to be revoked.</translation>
    </message>
</context>
<context>
    <name>gui_queries</name>
    <message>
        <source>Thông tin xã</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <source>Thôn, bản</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Đánh giá chỉ tiêu</source>
        <translation>Indicator assessment</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Gắn tệp đính kèm</source>
        <translation>Attachment link</translation>
    </message>
    <message>
        <source>Hạ tầng</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Dự án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Chỉ tiêu %1 — năm %2</source>
        <translation>Indicator %1 — year %2</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Khảo sát ngày %1</source>
        <translation>Survey of %1</translation>
    </message>
    <message>
        <source>Nguồn vốn dự án</source>
        <translation>Project funding</translation>
    </message>
    <message>
        <source>Công trình của dự án</source>
        <translation>Project works</translation>
    </message>
    <message>
        <source>Đóng góp</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Lấy ý kiến hài lòng</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <source>Kết quả thẩm định</source>
        <translation>Appraisal result</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Mã tỉnh</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Mã cũ</source>
        <translation>Former code</translation>
    </message>
    <message>
        <source>Tên cũ</source>
        <translation>Former name</translation>
    </message>
    <message>
        <source>Mã huyện cũ</source>
        <translation>Former district code</translation>
    </message>
    <message>
        <source>Huyện cũ</source>
        <translation>Former district</translation>
    </message>
    <message>
        <source>Vùng</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Vùng áp dụng</source>
        <translation>Applied region</translation>
    </message>
    <message>
        <source>Nhóm xã</source>
        <translation>Commune group</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của tỉnh</source>
        <translation>Provincial criteria</translation>
    </message>
    <message>
        <source>Cán bộ phụ trách</source>
        <translation>Officer in charge</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Năm được công nhận</source>
        <translation>Year recognised</translation>
    </message>
    <message>
        <source>Năm đăng ký</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Xã đặc biệt khó khăn</source>
        <translation>Extremely disadvantaged commune</translation>
    </message>
    <message>
        <source>Xã biên giới</source>
        <translation>Border commune</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Số dân</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Thứ tự</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Mã băm SHA-256</source>
        <translation>SHA-256 hash</translation>
    </message>
    <message>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Loại tệp</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Dung lượng (byte)</source>
        <translation>Size (bytes)</translation>
    </message>
    <message>
        <source>Thời điểm chụp</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Vĩ độ</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Kinh độ</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Rộng</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Cao</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>Mã bản ghi</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Thuộc tính</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>Nợ đọng</source>
        <translation>Outstanding debt</translation>
    </message>
    <message>
        <source>Ngày khởi công</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>Quyết toán</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nguồn vốn</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Công trình</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Người đóng góp</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Loại người đóng góp</source>
        <translation>Contributor type</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Đơn giá</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Giá trị (đồng)</source>
        <translation>Value (VND)</translation>
    </message>
    <message>
        <source>Số biên nhận</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Số hộ được hỏi</source>
        <translation>Households asked</translation>
    </message>
    <message>
        <source>Số hộ hài lòng</source>
        <translation>Households satisfied</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>Khóa</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Nhận xét</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Người thẩm định</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <source>Cơ quan thẩm định</source>
        <translation>Appraising body</translation>
    </message>
    <message>
        <source>Tạo lúc</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>Sửa lúc</source>
        <translation>Updated at</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>hub</name>
    <message>
        <source>⚠ Hồ sơ năm {year} đã được nơi thẩm định phê duyệt và khóa: gói dữ liệu có thay đổi của năm này sẽ bị từ chối. Nếu cần sửa, hãy trao đổi với nơi thẩm định trước khi gửi.</source>
        <translation>⚠ The {year} dossier has been approved and locked by the appraiser: a data package that changes this year will be refused. If a correction is needed, talk to the appraiser before sending.</translation>
    </message>
    <message>
        <source>Chưa nộp</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Đã nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Trả lại</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Nộp lại</source>
        <translation>Resubmitted</translation>
    </message>
    <message>
        <source>Đã phê duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>hai bản dữ liệu khác nhau</source>
        <translation>two diverging copies</translation>
    </message>
    <message>
        <source>thiếu gói</source>
        <translation>missing package</translation>
    </message>
    <message>
        <source>nhật ký không nối tiếp</source>
        <translation>journal gap</translation>
    </message>
    <message>
        <source>lịch sử bị thay đổi</source>
        <translation>history rewritten</translation>
    </message>
    <message>
        <source>gói cũ</source>
        <translation>stale package</translation>
    </message>
    <message>
        <source>sửa năm đã phê duyệt</source>
        <translation>changed an approved year</translation>
    </message>
    <message>
        <source>Cấp huyện</source>
        <translation>District level</translation>
    </message>
    <message>
        <source>Cấp tỉnh</source>
        <translation>Province level</translation>
    </message>
    <message>
        <source>Đã nhập: {commune} ({code}), gói số {seq} — {indicators} chỉ tiêu, {items} hạng mục hạ tầng, {contributions} khoản đóng góp, {photos} ảnh/tệp minh chứng.</source>
        <translation>Imported: {commune} ({code}), package {seq} — {indicators} indicators, {items} infrastructure items, {contributions} contributions, {photos} photos/evidence files.</translation>
    </message>
    <message>
        <source>Đã có: gói số {seq} của xã {code} đã được nhập trước đây; không thay đổi gì.</source>
        <translation>Already held: package {seq} of commune {code} was imported before; nothing changed.</translation>
    </message>
    <message>
        <source>Khóa chưa đăng ký: gói ghi là của {sender} (xã {code}), mã vân tay {fingerprint}. Gọi điện cho xã để so mã vân tay, rồi đăng ký và kiểm tra lại.</source>
        <translation>Unknown key: the package claims to be from {sender} (commune {code}), fingerprint {fingerprint}. Phone the commune to compare the fingerprint, then trust the key and re-check.</translation>
    </message>
    <message>
        <source>Từ chối: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <source>Khóa mới</source>
        <translation>New key</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Already trusted</translation>
    </message>
    <message>
        <source>Xã đã có khóa khác</source>
        <translation>Commune already has another key</translation>
    </message>
    <message>
        <source>Khóa đã thu hồi</source>
        <translation>Revoked key</translation>
    </message>
    <message>
        <source>Không phải thẻ khóa của xã</source>
        <translation>Not a commune&apos;s key card</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>thiếu trường bắt buộc</source>
        <translation>a required field is missing</translation>
    </message>
    <message>
        <source>có trường không được phép</source>
        <translation>contains a field that is not allowed</translation>
    </message>
    <message>
        <source>giá trị không nằm trong danh sách cho phép</source>
        <translation>the value is not one of the allowed values</translation>
    </message>
    <message>
        <source>giá trị không đúng</source>
        <translation>the value is wrong</translation>
    </message>
    <message>
        <source>sai kiểu dữ liệu</source>
        <translation>wrong data type</translation>
    </message>
    <message>
        <source>sai định dạng</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <source>danh sách quá ngắn (không được rỗng)</source>
        <translation>the list is too short (must not be empty)</translation>
    </message>
    <message>
        <source>danh sách quá dài</source>
        <translation>the list is too long</translation>
    </message>
    <message>
        <source>chuỗi rỗng</source>
        <translation>empty text</translation>
    </message>
    <message>
        <source>chuỗi quá dài</source>
        <translation>the text is too long</translation>
    </message>
    <message>
        <source>giá trị quá nhỏ</source>
        <translation>the value is too small</translation>
    </message>
    <message>
        <source>giá trị quá lớn</source>
        <translation>the value is too large</translation>
    </message>
    <message>
        <source>danh sách có phần tử lặp</source>
        <translation>the list has repeated items</translation>
    </message>
    <message>
        <source>giá trị không hợp lệ</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>đối tượng thiếu nội dung</source>
        <translation>the object has no content</translation>
    </message>
    <message>
        <source>không hợp lệ</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>chung</source>
        <translation>general</translation>
    </message>
    <message>
        <source>mọi năm</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>Trung du và miền núi phía Bắc</source>
        <translation>Northern Midlands and Mountains</translation>
    </message>
    <message>
        <source>Đồng bằng sông Hồng</source>
        <translation>Red River Delta</translation>
    </message>
    <message>
        <source>Bắc Trung Bộ</source>
        <translation>North Central Coast</translation>
    </message>
    <message>
        <source>Duyên hải Nam Trung Bộ</source>
        <translation>South Central Coast</translation>
    </message>
    <message>
        <source>Tây Nguyên</source>
        <translation>Central Highlands</translation>
    </message>
    <message>
        <source>Đông Nam Bộ</source>
        <translation>Southeast</translation>
    </message>
    <message>
        <source>Đồng bằng sông Cửu Long</source>
        <translation>Mekong Delta</translation>
    </message>
    <message>
        <source>Xã nhóm 1 (liền kề đô thị, tỷ trọng nông nghiệp dưới 10% hoặc định hướng đô thị)</source>
        <translation>Group 1 commune (next to an urban area, agriculture under 10% of the economy, or planned to become urban)</translation>
    </message>
    <message>
        <source>Xã nhóm 2</source>
        <translation>Group 2 commune</translation>
    </message>
    <message>
        <source>Xã nhóm 3 (khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi)</source>
        <translation>Group 3 commune (zones II and III of ethnic minority and mountainous areas)</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Chưa xác định</source>
        <translation>Not determined</translation>
    </message>
    <message>
        <source>Thống nhất</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Không thống nhất</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Ngân sách trung ương</source>
        <translation>Central budget</translation>
    </message>
    <message>
        <source>Ngân sách địa phương</source>
        <translation>Local budget</translation>
    </message>
    <message>
        <source>Vốn lồng ghép</source>
        <translation>Integrated programme funds</translation>
    </message>
    <message>
        <source>Vốn tín dụng</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Vốn doanh nghiệp</source>
        <translation>Business funds</translation>
    </message>
    <message>
        <source>Cộng đồng dân cư</source>
        <translation>Residents&apos; community</translation>
    </message>
    <message>
        <source>Nguồn khác</source>
        <translation>Other sources</translation>
    </message>
    <message>
        <source>Chưa quyết toán</source>
        <translation>Accounts not settled</translation>
    </message>
    <message>
        <source>Đang quyết toán</source>
        <translation>Accounts being settled</translation>
    </message>
    <message>
        <source>Đã quyết toán</source>
        <translation>Accounts settled</translation>
    </message>
    <message>
        <source>Chuẩn bị đầu tư</source>
        <translation>Investment preparation</translation>
    </message>
    <message>
        <source>Đang thi công</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Ngày công</source>
        <translation>Workdays</translation>
    </message>
    <message>
        <source>Hiến đất</source>
        <translation>Land donation</translation>
    </message>
    <message>
        <source>Vật liệu</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Đường xã</source>
        <translation>Commune road</translation>
    </message>
    <message>
        <source>Đường trục thôn, liên thôn</source>
        <translation>Village and inter-village road</translation>
    </message>
    <message>
        <source>Đường ngõ, xóm</source>
        <translation>Lane and hamlet road</translation>
    </message>
    <message>
        <source>Đường trục chính nội đồng</source>
        <translation>Main field road</translation>
    </message>
    <message>
        <source>Nhựa</source>
        <translation>Asphalt</translation>
    </message>
    <message>
        <source>Bê tông xi măng</source>
        <translation>Cement concrete</translation>
    </message>
    <message>
        <source>Cấp phối</source>
        <translation>Graded aggregate</translation>
    </message>
    <message>
        <source>Đất</source>
        <translation>Earth</translation>
    </message>
    <message>
        <source>Cấp xã</source>
        <translation>Commune level</translation>
    </message>
    <message>
        <source>Cấp thôn</source>
        <translation>Village level</translation>
    </message>
    <message>
        <source>Mầm non</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Tiểu học</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Trung học cơ sở</source>
        <translation>Lower secondary school</translation>
    </message>
    <message>
        <source>Liên cấp</source>
        <translation>Multi-level school</translation>
    </message>
    <message>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Xuống cấp</source>
        <translation>Deteriorated</translation>
    </message>
    <message>
        <source>Mã xã</source>
        <translation>Commune code</translation>
    </message>
    <message>
        <source>Tên xã</source>
        <translation>Commune name</translation>
    </message>
    <message>
        <source>Vùng</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Vùng áp dụng</source>
        <translation>Applied region</translation>
    </message>
    <message>
        <source>Nhóm xã</source>
        <translation>Commune group</translation>
    </message>
    <message>
        <source>Bộ tiêu chí</source>
        <translation>Criteria set</translation>
    </message>
    <message>
        <source>Năm đạt chuẩn</source>
        <translation>Year recognised</translation>
    </message>
    <message>
        <source>Năm đăng ký đạt chuẩn</source>
        <translation>Target year</translation>
    </message>
    <message>
        <source>Tên thôn</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>Số hộ</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Số nhân khẩu</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Loại công trình</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>Tên công trình</source>
        <translation>Name of work</translation>
    </message>
    <message>
        <source>Năm xây dựng</source>
        <translation>Year built</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Vĩ độ</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Kinh độ</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu</source>
        <translation>Indicator code</translation>
    </message>
    <message>
        <source>Năm đánh giá</source>
        <translation>Evaluation year</translation>
    </message>
    <message>
        <source>Trạng thái tự đánh giá</source>
        <translation>Self-assessed status</translation>
    </message>
    <message>
        <source>Người phụ trách</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Thời hạn hoàn thành</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Tên dự án</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Tổng mức đầu tư</source>
        <translation>Total investment</translation>
    </message>
    <message>
        <source>Nợ đọng XDCB</source>
        <translation>Outstanding construction debt</translation>
    </message>
    <message>
        <source>Ngày khởi công</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <source>Tình trạng quyết toán</source>
        <translation>Settlement status</translation>
    </message>
    <message>
        <source>Tình trạng dự án</source>
        <translation>Project status</translation>
    </message>
    <message>
        <source>Nguồn vốn</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Ngày đóng góp</source>
        <translation>Contribution date</translation>
    </message>
    <message>
        <source>Người/đơn vị đóng góp</source>
        <translation>Contributor</translation>
    </message>
    <message>
        <source>Loại người đóng góp</source>
        <translation>Contributor type</translation>
    </message>
    <message>
        <source>Hình thức đóng góp</source>
        <translation>Kind of contribution</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Đơn giá quy đổi</source>
        <translation>Conversion rate</translation>
    </message>
    <message>
        <source>Giá trị quy đổi (đồng)</source>
        <translation>Converted value (VND)</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Số hộ được hỏi</source>
        <translation>Households asked</translation>
    </message>
    <message>
        <source>Số hộ hài lòng</source>
        <translation>Households satisfied</translation>
    </message>
    <message>
        <source>Ngày khảo sát</source>
        <translation>Survey date</translation>
    </message>
    <message>
        <source>Đường giao thông</source>
        <translation>Road</translation>
    </message>
    <message>
        <source>Kênh mương</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Nhà văn hóa, hội trường</source>
        <translation>Cultural house, meeting hall</translation>
    </message>
    <message>
        <source>Sân thể thao</source>
        <translation>Sports ground</translation>
    </message>
    <message>
        <source>Trường học</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Trạm y tế</source>
        <translation>Health station</translation>
    </message>
    <message>
        <source>Chợ, điểm mua bán</source>
        <translation>Market, trading point</translation>
    </message>
    <message>
        <source>Công trình thủy lợi</source>
        <translation>Irrigation works</translation>
    </message>
    <message>
        <source>Đường dây điện</source>
        <translation>Power line</translation>
    </message>
    <message>
        <source>Trạm biến áp</source>
        <translation>Transformer station</translation>
    </message>
    <message>
        <source>Công trình cấp nước</source>
        <translation>Water supply works</translation>
    </message>
    <message>
        <source>Điểm tập kết rác thải</source>
        <translation>Waste collection point</translation>
    </message>
    <message>
        <source>Công trình khác</source>
        <translation>Other works</translation>
    </message>
    <message>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Cấp đường</source>
        <translation>Road level</translation>
    </message>
    <message>
        <source>Chiều dài</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Bề rộng mặt đường</source>
        <translation>Pavement width</translation>
    </message>
    <message>
        <source>Kết cấu mặt đường</source>
        <translation>Pavement type</translation>
    </message>
    <message>
        <source>Đã cứng hóa</source>
        <translation>Hard-surfaced</translation>
    </message>
    <message>
        <source>Đã kiên cố hóa</source>
        <translation>Lined (solidified)</translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Diện tích</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Số chỗ ngồi</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Cấp học</source>
        <translation>School level</translation>
    </message>
    <message>
        <source>Đạt chuẩn quốc gia</source>
        <translation>Meets the national standard</translation>
    </message>
    <message>
        <source>Đạt chuẩn cơ sở vật chất</source>
        <translation>Meets the facilities standard</translation>
    </message>
    <message>
        <source>Đạt chuẩn quốc gia về y tế</source>
        <translation>Meets the national health standard</translation>
    </message>
    <message>
        <source>Đạt chuẩn theo quy định</source>
        <translation>Meets the required standard</translation>
    </message>
    <message>
        <source>Diện tích tưới, tiêu</source>
        <translation>Irrigated and drained area</translation>
    </message>
    <message>
        <source>Cấp điện áp</source>
        <translation>Voltage level</translation>
    </message>
    <message>
        <source>Công suất</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Số hộ được cấp nước</source>
        <translation>Households supplied</translation>
    </message>
    <message>
        <source>Sức chứa</source>
        <translation>Holding capacity</translation>
    </message>
    <message>
        <source>Hạ thế</source>
        <translation>Low voltage</translation>
    </message>
    <message>
        <source>Trung thế</source>
        <translation>Medium voltage</translation>
    </message>
    <message>
        <source>Tỷ lệ (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Giá trị, số lượng</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Số đếm</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Đạt/Không đạt</source>
        <translation>Met/not met</translation>
    </message>
    <message>
        <source>Phải không có</source>
        <translation>Must be none</translation>
    </message>
    <message>
        <source>Giữ nguyên</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Giao thông</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Thủy lợi</source>
        <translation>Irrigation</translation>
    </message>
    <message>
        <source>Điện</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Giáo dục</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Y tế</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Văn hóa</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Thương mại</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Môi trường, nước sạch</source>
        <translation>Environment, clean water</translation>
    </message>
    <message>
        <source>Phát triển sản xuất</source>
        <translation>Production development</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Mục lục</source>
        <translation>Table of contents</translation>
    </message>
    <message>
        <source>Dàn trang</source>
        <translation>Laying out pages</translation>
    </message>
    <message>
        <source>Đã ghi hồ sơ</source>
        <translation>Dossier written</translation>
    </message>
    <message>
        <source>Đọc thông tin xã</source>
        <translation>Reading the commune&apos;s information</translation>
    </message>
    <message>
        <source>Đánh giá các tiêu chí</source>
        <translation>Evaluating the criteria</translation>
    </message>
    <message>
        <source>Tổng hợp hạ tầng</source>
        <translation>Summarising infrastructure</translation>
    </message>
    <message>
        <source>Tổng hợp dự án, nguồn vốn</source>
        <translation>Summarising projects and funding</translation>
    </message>
    <message>
        <source>Tổng hợp đóng góp của cộng đồng</source>
        <translation>Summarising community contributions</translation>
    </message>
    <message>
        <source>Khảo sát, nợ đọng</source>
        <translation>Survey and outstanding debt</translation>
    </message>
    <message>
        <source>Mã xác minh</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Đã đọc dữ liệu</source>
        <translation>Data read</translation>
    </message>
    <message>
        <source>Tờ trình đề nghị xét, công nhận xã đạt chuẩn nông thôn mới</source>
        <translation>Submission requesting recognition of the commune as meeting the new rural standard</translation>
    </message>
    <message>
        <source>Báo cáo kết quả xây dựng nông thôn mới</source>
        <translation>Report on new rural development results</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp ý kiến tham gia</source>
        <translation>Summary report of the opinions received</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp đề nghị xét công nhận</source>
        <translation>Minutes of the meeting proposing recognition</translation>
    </message>
    <message>
        <source>Báo cáo tình hình nợ đọng xây dựng cơ bản</source>
        <translation>Report on outstanding construction debt</translation>
    </message>
    <message>
        <source>Phụ lục</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <source>Đánh giá các xã</source>
        <translation>Evaluating the communes</translation>
    </message>
    <message>
        <source>Xuất phản hồi</source>
        <translation>Exporting feedback</translation>
    </message>
    <message>
        <source>Kiểm tra bộ tiêu chí</source>
        <translation>Checking the criteria</translation>
    </message>
    <message>
        <source>Ký gói bộ tiêu chí</source>
        <translation>Signing the criteria package</translation>
    </message>
    <message>
        <source>Lưu phiên bản đã ban hành</source>
        <translation>Recording the published version</translation>
    </message>
    <message>
        <source>Nhập gói dữ liệu</source>
        <translation>Importing packages</translation>
    </message>
    <message>
        <source>Đọc thẻ khóa</source>
        <translation>Reading key cards</translation>
    </message>
    <message>
        <source>Đăng ký khóa</source>
        <translation>Trusting keys</translation>
    </message>
    <message>
        <source>Đánh giá xã</source>
        <translation>Evaluating the commune</translation>
    </message>
    <message>
        <source>In báo cáo thẩm định</source>
        <translation>Printing the appraisal report</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Rolling up</translation>
    </message>
    <message>
        <source>Ghi tệp</source>
        <translation>Writing the file</translation>
    </message>
</context>
</TS>
