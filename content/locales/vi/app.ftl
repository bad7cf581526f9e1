## Trang chính

home-title = Lueur
home-intro = Thông tin và giúp đỡ về mua bán người ở Bỉ. Ứng dụng chạy được mà không cần internet.
home-danger-title = Bạn đang gặp nguy hiểm?
home-danger-text = Nếu tính mạng của bạn hoặc của người khác đang bị đe dọa, hãy gọi giúp đỡ ngay hoặc đến đồn cảnh sát gần nhất.
home-action-help-now = Nhận giúp đỡ ngay
home-action-help-now-hint = Các tổ chức và số điện thoại có thể giúp bạn.
home-action-check-me = Câu hỏi về hoàn cảnh của tôi
home-action-check-me-hint = Vài câu hỏi về hoàn cảnh của bạn. Câu trả lời của bạn chỉ ở lại trên điện thoại này.
home-action-check-other = Câu hỏi về một người tôi quen
home-action-check-other-hint = Vài câu hỏi về hoàn cảnh của một người mà bạn lo lắng.
home-action-learn = Tìm hiểu
home-action-learn-hint = Mua bán người là gì, các dấu hiệu, và quyền của bạn.
home-action-contacts = Liên hệ
home-action-contacts-hint = Các trung tâm chuyên môn, đường dây giúp đỡ và cảnh sát.
home-action-report = Báo cáo một hoàn cảnh
home-action-report-hint = Viết một báo cáo bảo mật. Báo cáo sẽ được gửi khi có kết nối.
home-action-search = Tìm kiếm
home-action-outbox = Báo cáo đang chờ gửi
home-action-calculator = Máy tính
home-action-settings = Cài đặt
home-notice-data-reset = Lueur không đọc được dữ liệu đã lưu trên điện thoại này, nên đã bắt đầu lại với dữ liệu trống. Cài đặt của bạn và các báo cáo đang chờ gửi có thể đã mất.
home-notice-storage-unavailable = Lueur hiện không thể lưu gì trên điện thoại này, ví dụ vì bộ nhớ đã đầy. Bạn vẫn có thể đọc mọi thứ và gọi giúp đỡ.

## Di chuyển (menu và danh sách)

nav-choose = Gõ một số rồi nhấn Enter:
nav-back = Quay lại
nav-quit = Đóng
nav-invalid-choice = Vui lòng gõ một trong các số được hiển thị.
nav-no-app = Không có ứng dụng nào trên điện thoại này làm được việc này.

## Tìm hiểu: danh sách bài viết và một bài viết

articles-title = Tìm hiểu
articles-intro = Các bài ngắn để hiểu về mua bán người và để tìm giúp đỡ.
article-reviewed = Thông tin được kiểm tra ngày { $date }.
article-review-pending = Bản dịch này chưa được người bản ngữ kiểm tra.
article-sources = Nguồn

date-long = ngày { $day } { $month ->
        [1] tháng Một
        [2] tháng Hai
        [3] tháng Ba
        [4] tháng Tư
        [5] tháng Năm
        [6] tháng Sáu
        [7] tháng Bảy
        [8] tháng Tám
        [9] tháng Chín
        [10] tháng Mười
        [11] tháng Mười Một
       *[12] tháng Mười Hai
    } năm { $year }

## Liên hệ: danh sách, bộ lọc và chi tiết

contacts-title = Ai có thể giúp bạn
contacts-intro = Các trung tâm chuyên môn giữ bí mật những gì bạn kể. Cảnh sát và số 112 dành cho trường hợp khẩn cấp.
contacts-filter-city = Thành phố hoặc vùng
contacts-filter-kind = Loại dịch vụ
contacts-filter-language = Ngôn ngữ sử dụng
contacts-filtered-by = Đã lọc theo: { $filters }
contacts-nationwide = Có ở khắp nước Bỉ
contacts-empty = Không có dịch vụ nào phù hợp với các bộ lọc này. Bạn có thể bỏ một bộ lọc hoặc xem toàn bộ danh sách.
contacts-empty-place = Không tìm thấy dịch vụ nào ở nơi này. Các dịch vụ dưới đây có thể giúp bạn dù bạn ở đâu tại Bỉ.
contacts-languages-not-listed = { $count ->
       *[other] Có { $count } dịch vụ không ghi rõ ngôn ngữ sử dụng, nên chúng không hiện ra cho ngôn ngữ này. Bạn vẫn có thể liên hệ và hỏi họ.
    }
contact-for-minors = Dành cho trẻ em và người trẻ
contact-languages = Ngôn ngữ sử dụng: { $languages }
contact-languages-not-listed = Không ghi rõ ngôn ngữ sử dụng.
contact-serves = Hoạt động tại: { $regions }
contact-address = Địa chỉ
contact-country = Bỉ
contact-call-note = Cuộc gọi hoặc tin nhắn sẽ hiện trong lịch sử điện thoại của bạn. Bạn có thể xóa sau đó, nhưng người khác có thể nhận ra một mục bị thiếu, và cuộc gọi vẫn có thể hiện trên hóa đơn điện thoại. Nếu được, hãy dùng một điện thoại mà không ai kiểm tra.

action-call = Gọi { $number }
action-sms = Gửi tin nhắn đến { $number }
action-email = Viết thư đến { $address }
action-website = Mở { $site }
action-map = Xem trên bản đồ

language-name = { $code ->
        [fr] Tiếng Pháp
        [nl] Tiếng Hà Lan
        [de] Tiếng Đức
        [en] Tiếng Anh
        [ar] Tiếng Ả Rập
        [es] Tiếng Tây Ban Nha
        [pt] Tiếng Bồ Đào Nha
        [ro] Tiếng Rumani
        [bg] Tiếng Bulgaria
        [pl] Tiếng Ba Lan
        [ru] Tiếng Nga
        [uk] Tiếng Ukraina
        [tr] Tiếng Thổ Nhĩ Kỳ
        [zh] Tiếng Trung
       *[other] { $code }
    }

## Tìm kiếm

search-title = Tìm kiếm
search-placeholder = Tìm bài viết và liên hệ
search-hint = Gõ một từ để tìm, ví dụ "việc làm" hoặc "Brussels".
search-empty = Không tìm thấy gì. Hãy thử một từ khác, hoặc xem danh sách liên hệ.
search-results = { $count ->
       *[other] { $count } kết quả
    }
search-kind-article = Bài viết
search-kind-contact = Liên hệ

## Cài đặt và giới thiệu

settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-locale-own-name = Tiếng Việt
settings-about = Về Lueur
settings-about-text = Lueur cung cấp thông tin về mua bán người ở Bỉ và chỉ cho bạn nơi tìm giúp đỡ. Ứng dụng chạy không cần internet và không gửi gì đi, trừ khi chính bạn gửi một báo cáo.
settings-app-version = Phiên bản ứng dụng
settings-content-version = Phiên bản nội dung
settings-content-date = Thông tin được kiểm tra ngày

## Lỗi

error-not-found = Trang này không tồn tại. Vui lòng quay lại và chọn lại.
error-not-now = Việc này hiện không thể làm được. Vui lòng thử lại.
error-storage = Lueur hiện không thể đọc hoặc lưu dữ liệu trên điện thoại này. Hãy kiểm tra xem còn chỗ trống không, rồi thử lại.
error-content = Không đọc được thông tin trong ứng dụng này. Vui lòng cài lại ứng dụng.
error-internal = Đã có lỗi bên trong Lueur. Nếu lỗi xảy ra lần nữa, vui lòng cài lại ứng dụng.
error-endpoint-refused = Địa chỉ này không thể nhận báo cáo: { $reason }
error-unknown-locale = Ngôn ngữ này không có. Bạn có thể chọn tiếng Pháp, tiếng Hà Lan, tiếng Đức hoặc tiếng Anh.

## Mỗi thao tác để lại dấu vết gì trong các ứng dụng của điện thoại

action-trace-call = Cuộc gọi sẽ ở lại trong danh sách cuộc gọi của điện thoại.
action-trace-sms = Tin nhắn sẽ ở lại trong ứng dụng tin nhắn của điện thoại.
action-trace-email = Email sẽ ở lại trong thư đã gửi của ứng dụng email trên điện thoại.
action-trace-website = Trang web mở bên trong Lueur và không vào lịch sử trình duyệt.
action-trace-map = Địa chỉ có thể ở lại trong lịch sử của ứng dụng bản đồ.
