## Báo cáo bảo mật: mẫu đơn, hộp thư đi và các thông báo.

report-form-title = Viết một báo cáo bảo mật
report-form-intro = Hãy viết những gì bạn biết. Đây không phải là đơn tố cáo với cảnh sát. Chỉ cần điền "Chuyện gì đã xảy ra"; bạn có thể bỏ qua những gì bạn không muốn nói.
report-form-privacy = Báo cáo của bạn được khóa trên điện thoại này trước khi lưu. Chỉ tổ chức nhận báo cáo mới mở được. Báo cáo được gửi khi có kết nối, kể cả muộn hơn.
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = Báo cáo của bạn được gửi đến { $organisation }. Đây không phải là đơn tố cáo với cảnh sát, và báo cáo không gửi đến stoptraite.be. Nếu bạn đang gặp nguy hiểm, hãy gọi 112 hoặc 101.
report-development-key = Bản thử nghiệm: báo cáo được khóa bằng một khóa thử công khai. Đừng viết thông tin thật trong bản này.
report-send = Gửi báo cáo
report-skip-hint = Nhấn Enter để bỏ qua.
report-choose-one-hint = Gõ một số.
report-choose-many-hint = Gõ một hoặc nhiều số, cách nhau bằng dấu cách.

report-field-about = Chuyện này về ai?
report-about-me = Tôi
report-about-someone-else = Một người khác
report-field-forms = Đây là loại hoàn cảnh nào?
    .hint = Bạn có thể chọn nhiều hơn một, hoặc "Tôi không chắc".
report-form-sexual = Bị ép bán dâm hoặc bị bóc lột tình dục
report-form-labour = Làm việc trong điều kiện rất tệ hoặc không được trả lương
report-form-begging = Bị ép đi ăn xin
report-form-forced-crime = Bị ép phạm tội
report-form-organ-removal = Bị lấy nội tạng
report-form-other = Chuyện khác
report-form-not-sure = Tôi không chắc
report-field-municipality = Ở thị trấn hoặc xã nào?
report-field-place = Chính xác là ở đâu?
    .hint = Ví dụ một con đường, một loại địa điểm, hoặc tên một cửa hàng, công ty.
report-field-when = Khi nào?
    .hint = Ví dụ "từ mùa hè năm ngoái" hoặc "mỗi đêm".
report-field-what-happened = Chuyện gì đã xảy ra?
    .hint = Viết bằng lời của bạn. Bạn có thể viết bằng bất kỳ ngôn ngữ nào.
report-field-people = Những ai có liên quan?
    .hint = Ví dụ tên, biệt danh, họ trông thế nào, xe hơi hoặc số điện thoại.
report-field-contact = Tổ chức có được liên lạc với bạn không?
    .hint = Chỉ khi việc đó an toàn cho bạn.
report-contact-no-contact = Không, đừng liên lạc với tôi
report-contact-phone = Có, qua điện thoại
report-contact-email = Có, qua email
report-field-contact-phone = Số điện thoại
report-field-contact-email = Địa chỉ email
report-field-contact-note = Khi nào và bằng cách nào thì liên lạc với bạn là an toàn?
    .hint = Ví dụ "chỉ các ngày trong tuần trước 9 giờ", hoặc "đừng để lại tin nhắn".
report-field-language = Bạn muốn được liên lạc bằng ngôn ngữ nào?
    .hint = Ví dụ fr, nl, de, en, ar hoặc ro.
report-field-checklist-summary = Tóm tắt câu trả lời trong bảng câu hỏi của bạn
    .hint = Chỉ khi bạn muốn thêm vào.

report-outbox-title = Báo cáo
report-outbox-empty = Không có báo cáo nào trên điện thoại này.
report-state-queued = Đang chờ
report-state-sending = Đang gửi
report-state-sent = Đã gửi
report-state-failed = Cần bạn xem lại
report-state-expired = Chưa gửi được
report-detail-queued = Đã khóa và đang chờ kết nối. Báo cáo sẽ tự được gửi.
report-detail-retrying = Lần thử trước không được. Lần thử tiếp theo sau khoảng { $minutes ->
       *[other] { $minutes } phút
    }.
report-detail-sending = Đang được gửi.
report-detail-sent = Tổ chức đã nhận được.
report-detail-failed = Tổ chức không thể nhận báo cáo này. Bạn có thể thử lại hoặc xóa nó.
report-detail-expired = Báo cáo không gửi được kịp thời và đã bị xóa khỏi điện thoại này. Bạn có thể viết lại.
report-age = { $days ->
        [0] Hôm nay
        [1] Hôm qua
       *[other] { $days } ngày trước
    }
report-action-retry = Thử lại
report-action-delete = Xóa

report-error-required = Vui lòng viết chuyện gì đã xảy ra.
report-error-too-long = Phần này quá dài. Vui lòng viết ngắn hơn { $max } ký tự.
report-error-phone = Đây có vẻ không phải là số điện thoại. Vui lòng kiểm tra lại, kèm mã quốc gia nếu không phải số của Bỉ.
report-error-email = Đây có vẻ không phải là địa chỉ email. Vui lòng kiểm tra lại.
report-error-language = Vui lòng viết một mã ngôn ngữ, ví dụ fr, nl, de hoặc en.
report-error-repeated-choice = Có một lựa chọn xuất hiện hai lần. Vui lòng chọn mỗi thứ một lần.
report-error-file = Không đọc được tệp báo cáo (dòng { $line }, cột { $column }).
report-error-too-large = Báo cáo quá lớn để gửi. Vui lòng viết ngắn lại một vài câu trả lời.
report-error-cannot-delete = Không thể xóa báo cáo này lúc này: nó đang được gửi. Hãy thử lại sau một lát.
report-error-cannot-retry = Chỉ có thể thử lại báo cáo đang cần bạn xem lại.
report-error-choice = Lựa chọn này không có trong danh sách. Vui lòng chọn lại.
report-error-not-asked = Câu hỏi này không áp dụng với các câu trả lời của bạn. Không có gì được giữ lại ở đây.
