<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Không thực hiện được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy thao tác vừa làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Làm lại thao tác vừa hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa mở sổ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sổ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới thiệu NTM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;NTM Desktop %1&lt;/h3&gt;&lt;p&gt;Sổ theo dõi xây dựng nông thôn mới cho cán bộ xã: tự đánh giá tiêu chí, hạ tầng, dự án và nguồn vốn, đóng góp của người dân, lập hồ sơ và đồng bộ dữ liệu — hoạt động hoàn toàn không cần Internet.&lt;/p&gt;&lt;p&gt;Thư mục dữ liệu: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn một mục để mở trang tương ứng (Ctrl+1 … Ctrl+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điều hướng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chỉnh sửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở &amp;thư mục dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục chứa sổ dữ liệu, bản sao lưu và nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng chương trình (dữ liệu đã được lưu tự động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục &amp;nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục nhật ký để gửi cho bộ phận hỗ trợ khi có lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Giới thiệu NTM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản, giấy phép và thông tin về chương trình</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Tổng quan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình hình đạt chuẩn của xã và các việc cần làm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự đánh giá từng tiêu chí và chỉ tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạ tầng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường, trường, trạm, chợ và các công trình khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự án &amp; nguồn vốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dự án đầu tư, nguồn vốn và quyết toán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng góp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng góp của người dân và tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lập hồ sơ, báo cáo và tài liệu đính kèm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trao đổi gói dữ liệu với cơ quan cấp trên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký mọi thay đổi của sổ dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Đang xây dựng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang này đang được xây dựng và sẽ có trong một phiên bản sắp tới. Dữ liệu của bạn vẫn an toàn; các trang khác vẫn dùng được bình thường.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Lỗi không mong muốn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Đã xảy ra lỗi không mong muốn.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu đã lưu trước đó vẫn an toàn. Thao tác vừa rồi có thể chưa hoàn tất — hãy kiểm tra lại rồi thử lần nữa. Nếu lỗi lặp lại, hãy sao chép thông tin chi tiết dưới đây (hoặc gửi tệp trong thư mục nhật ký) cho bộ phận hỗ trợ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin chi tiết về lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sao chép chi tiết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chép thông tin chi tiết vào bộ nhớ tạm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục &amp;nhật ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở thư mục chứa tệp nhật ký của chương trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ProgressDialogDriver</name>
    <message>
        <source>Đang xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang xử lý, vui lòng chờ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hủy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Trung du và miền núi phía Bắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng bằng sông Hồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắc Trung Bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duyên hải Nam Trung Bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tây Nguyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đông Nam Bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đồng bằng sông Cửu Long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã nhóm 1 (liền kề đô thị, tỷ trọng nông nghiệp dưới 10% hoặc định hướng đô thị)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã nhóm 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã nhóm 3 (khu vực II, III vùng đồng bào dân tộc thiểu số và miền núi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đạt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không áp dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa xác định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngân sách trung ương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngân sách địa phương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vốn lồng ghép</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vốn tín dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vốn doanh nghiệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cộng đồng dân cư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nguồn khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa quyết toán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang quyết toán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã quyết toán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuẩn bị đầu tư</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang thi công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiền mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiến đất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vật liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hộ gia đình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổ chức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường trục thôn, liên thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường ngõ, xóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường trục chính nội đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhựa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bê tông xi măng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp phối</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp thôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mầm non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiểu học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung học cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liên cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tốt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuống cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường giao thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kênh mương</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhà văn hóa, hội trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sân thể thao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trường học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạm y tế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chợ, điểm mua bán</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công trình thủy lợi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đường dây điện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trạm biến áp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công trình cấp nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điểm tập kết rác thải</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công trình khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp đường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiều dài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bề rộng mặt đường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết cấu mặt đường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cứng hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã kiên cố hóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diện tích</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số chỗ ngồi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn quốc gia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn cơ sở vật chất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn quốc gia về y tế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đạt chuẩn theo quy định</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diện tích tưới, tiêu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấp điện áp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công suất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hộ được cấp nước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sức chứa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hạ thế</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trung thế</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
