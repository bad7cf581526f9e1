## Chế độ kín đáo. Các thông điệp calc-* là chữ của máy tính ngụy trang: chúng phải
## là chữ bình thường của máy tính, không nói gì về Lueur.

calc-decimal-separator = { "." }
calc-error = Lỗi
calc-unknown-key = Không có phím "{ $key }".
calc-key-clear = C
calc-key-clear-description = Xóa số vừa nhập
calc-key-all-clear = AC
calc-key-all-clear-description = Xóa hết
calc-key-negate = ±
calc-key-negate-description = Đổi dấu
calc-key-percent = %
calc-key-percent-description = Phần trăm
calc-key-divide = ÷
calc-key-divide-description = Chia cho
calc-key-multiply = ×
calc-key-multiply-description = Nhân
calc-key-subtract = −
calc-key-subtract-description = Trừ
calc-key-add = +
calc-key-add-description = Cộng
calc-key-equals = { "=" }
calc-key-equals-description = Bằng
calc-key-decimal-description = Dấu thập phân

## Cài đặt chế độ kín đáo

discreet-title = Chế độ kín đáo
discreet-disguise-label = Lueur hiện ra thế nào trên điện thoại
discreet-disguise-off = Là Lueur
discreet-disguise-calculator = Là máy tính
discreet-disguise-explanation = Khi ở dạng máy tính, Lueur mở ra một máy tính dùng được thật. Để mở Lueur, hãy gõ mã mở khóa của bạn rồi nhấn =. Các số khác chỉ cho ra kết quả bình thường.
discreet-unlock-code-label = Mã mở khóa
discreet-duress-code-label = Mã khẩn cấp
discreet-code-status-set = Đã đặt
discreet-code-status-not-set = Chưa đặt
discreet-duress-explanation = Nếu ai đó ép bạn mở Lueur, hãy gõ mã khẩn cấp thay vào đó. Khi đó Lueur mở ra trống: các câu trả lời và báo cáo bạn đã lưu sẽ không hiện ra.
discreet-duress-wipes-label = Mã khẩn cấp cũng xóa hết mọi thứ Lueur đã lưu
discreet-code-rules = Một mã có từ { $min } đến { $max } chữ số. Hãy chọn mã mà người khác không đoán được, đừng dùng ngày sinh của bạn.
discreet-code-prompt = Gõ mã mới của bạn.
discreet-code-confirm-prompt = Gõ lại đúng mã đó một lần nữa.
discreet-guess-delay-note = Sau { $attempts } lần gõ sai mã liên tiếp, máy tính vẫn chạy, nhưng chỉ kiểm tra mã mỗi { $seconds } giây một lần. Nếu mã của bạn không được, hãy đợi một chút rồi thử lại.
discreet-limits-title = Những gì ngụy trang không che được
discreet-limit-app-list = Danh sách ứng dụng trong cài đặt điện thoại vẫn hiện Lueur.
discreet-limit-store = Lịch sử tải về của kho ứng dụng cho thấy Lueur đã được cài.
discreet-limit-phone-bill = Hóa đơn điện thoại có thể hiện các cuộc gọi và tin nhắn của bạn, ví dụ đến một đường dây giúp đỡ.
discreet-limit-backups = Các bản sao lưu của điện thoại, ví dụ trên đám mây, có thể cho thấy Lueur đã được cài.
discreet-limit-ios-name = Trên iPhone, tên dưới biểu tượng vẫn là "Lueur". Chỉ có hình thay đổi.
discreet-limit-ios-alert = Trên iPhone, hệ thống hiện một thông báo khi biểu tượng thay đổi.
discreet-quick-exit-label = Thoát nhanh
discreet-quick-exit-explanation = Đóng Lueur ngay lập tức và quên hết những gì trên màn hình chưa được lưu.
discreet-wipe-label = Xóa hết mọi thứ

## Xóa khẩn cấp

discreet-wipe-title = Xóa hết mọi thứ?
discreet-wipe-body = Việc này xóa hết mọi thứ Lueur đã lưu trên điện thoại này: câu trả lời đã lưu, báo cáo, cài đặt và mã. Không thể lấy lại. Sau đó, Lueur sẽ giống như mới cài.
discreet-wipe-unsent = { $count ->
   *[other] Có { $count } báo cáo chưa được gửi. Chúng sẽ không được gửi nữa.
}
discreet-wipe-confirm = Xóa hết mọi thứ
discreet-wipe-cancel = Hủy
discreet-wipe-done = Mọi thứ Lueur đã lưu trên điện thoại này đã bị xóa.

## Lỗi

error-discreet-code-format = Một mã có từ 6 đến 8 chữ số và không có gì khác.
error-discreet-code-mismatch = Hai mã không giống nhau. Vui lòng làm lại từ đầu.
error-discreet-code-same = Mã khẩn cấp phải khác mã mở khóa.
error-discreet-code-first = Vui lòng gõ mã mới trước, rồi gõ lại lần nữa để xác nhận.
error-discreet-code-needed = Vui lòng chọn mã mở khóa trước. Không có mã này, bạn sẽ không mở được Lueur sau máy tính.
error-discreet-unlock-first = Vui lòng chọn mã mở khóa trước khi chọn mã khẩn cấp.
error-discreet-disguise-on = Vui lòng tắt ngụy trang máy tính trước khi bỏ mã mở khóa.
error-discreet-disguise-unknown = "{ $value }" không phải là một kiểu ngụy trang. Hãy chọn "off" hoặc "calculator".
error-discreet-wipe-not-confirmed = Chưa xóa gì cả. Để xóa hết mọi thứ, vui lòng xác nhận trước.
discreet-code-lock-label = Hỏi mã mở khóa mỗi lần mở Lueur
discreet-code-lock-explanation = Khi đó Lueur mở ra một màn hình nhập mã, cả khi không có máy tính. Các câu trả lời và báo cáo bạn đã lưu sẽ bị ẩn cho đến khi gõ đúng mã.
discreet-current-code-prompt = Gõ mã mở khóa hiện tại của bạn.
discreet-limit-call-list = Cuộc gọi hoặc tin nhắn đến người giúp đỡ sẽ ở lại trong danh sách cuộc gọi hoặc ứng dụng tin nhắn của điện thoại.

## Khóa bằng mã đơn giản (không ngụy trang)

lock-title = Lueur
lock-prompt = Gõ mã mở khóa của bạn.
lock-unlock = Mở
lock-error-wrong = Mã này không mở được Lueur.
lock-error-wait = Gõ sai mã quá nhiều lần. Hãy đợi { $seconds } giây, rồi thử lại.
error-discreet-current-code-wrong = Đây không phải mã mở khóa hiện tại của bạn.
