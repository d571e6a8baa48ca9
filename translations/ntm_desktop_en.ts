<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
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
        <source>&amp;Ngôn ngữ giao diện</source>
        <translation>Interface &amp;language</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo.</source>
        <translation>The new language will be used the next time you start the program.</translation>
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
    <name>errors</name>
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
</context>
<context>
    <name>model</name>
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
</context>
</TS>
