## Bảng câu hỏi: màn hình và nút

checklist-title = Kiểm tra các dấu hiệu
checklist-intro = Vài câu hỏi, trả lời bằng có, không hoặc không chắc. Bạn có thể bỏ qua một câu hoặc quay lại. Câu trả lời của bạn ở lại trong ứng dụng này và biến mất khi bạn đóng nó, trừ khi bạn chọn giữ lại.
checklist-answer-yes = Có
checklist-answer-no = Không
checklist-answer-unsure = Không chắc
checklist-skip = Bỏ qua câu này
checklist-back = Quay lại
checklist-continue = Tiếp tục trả lời
checklist-progress = Câu { $current } trên { $total }
checklist-prompt = Gõ một số rồi nhấn Enter:
checklist-keep-answers = Giữ câu trả lời của tôi trên điện thoại này
checklist-keep-answers-hint = Khi đó, bất kỳ ai mở được Lueur trên điện thoại này cũng có thể xem chúng. Bạn có thể xóa chúng bất cứ lúc nào.
checklist-delete-answers = Xóa câu trả lời của tôi khỏi điện thoại này
checklist-answers-kept = Câu trả lời của bạn được giữ trên điện thoại này.
checklist-answers-deleted = Câu trả lời của bạn đã bị xóa khỏi điện thoại này.
checklist-saved-found = Trước đây bạn đã giữ câu trả lời trên điện thoại này.
checklist-resume = Tiếp tục với câu trả lời đã giữ
checklist-start-again = Làm lại từ đầu
checklist-signs-heading = Các câu trả lời cho thấy điều gì
checklist-element-present = Các câu trả lời cho thấy điều này.
checklist-unsure-heading = Những câu bạn không chắc
checklist-notes-heading = Nên biết
checklist-contacts-heading = Ai có thể giúp bạn
checklist-steps-heading = Bạn có thể làm gì bây giờ
checklist-grade-strong = dấu hiệu mạnh
checklist-grade-medium = dấu hiệu
checklist-grade-weak = dấu hiệu yếu
checklist-sources = Nguồn: { $sources }
checklist-close = Đóng
checklist-invalid-choice = Vui lòng gõ một trong các số được hiển thị.
checklist-error-about = Hãy nói đây là hoàn cảnh của ai: “me” (tôi) hoặc “other” (người khác).
checklist-ignored = Không được hỏi với các câu trả lời này, nên không tính: { $questions }

## Bảng câu hỏi: bước tiếp theo và liên hệ

checklist-action-call = Gọi { $name }: { $number }
checklist-action-talk = Nói chuyện với { $name }
checklist-action-report = Chuẩn bị một báo cáo bảo mật
checklist-action-report-hint = Lueur điền sẵn một bản tóm tắt ngắn các câu trả lời này. Bạn có thể sửa hoặc bỏ nó.
checklist-action-read = Đọc: { $title }
checklist-contact-reason-emergency = Khi khẩn cấp
checklist-contact-reason-minors = Cho người trẻ dưới 18 tuổi
checklist-contact-reason-region = Gần bạn
checklist-contact-reason-language = Nói ngôn ngữ của bạn
checklist-contact-reason-centre = Chuyên giúp người trong hoàn cảnh này
checklist-contact-reason-report = Để báo cáo một hoàn cảnh

## Bảng câu hỏi: bản tóm tắt cho báo cáo

checklist-summary-heading = { $perspective ->
    [me] Bảng câu hỏi Lueur, về hoàn cảnh của chính tôi
   *[other] Bảng câu hỏi Lueur, về một người tôi quen
}
checklist-summary-level = Kết quả: { $level }
checklist-summary-minor = Người này có thể dưới 18 tuổi.
checklist-summary-signs = Các dấu hiệu trong câu trả lời:
checklist-summary-unsure = Không chắc:
checklist-summary-none = Không có dấu hiệu nào được trả lời là có.

## Bảng câu hỏi: lỗi

checklist-error-unknown-question = Không có câu hỏi “{ $question }” trong bảng câu hỏi.
checklist-error-unknown-answer = “{ $answer }” không phải là câu trả lời có thể cho câu hỏi này.
checklist-error-not-current = Câu hỏi này không phải là câu đang hiện trên màn hình.

## Bảng câu hỏi: các phần

checklist-module-entry = Những câu hỏi đầu tiên
checklist-module-general = Hoàn cảnh
checklist-module-sexual = Tình dục, escort và trên mạng
checklist-module-labour = Công việc
checklist-module-domestic = Làm việc trong nhà người khác
checklist-module-begging = Ăn xin
checklist-module-criminality = Phạm tội cho người khác
checklist-module-teen-pimps = Một mối quan hệ có gì đó không ổn
checklist-module-closing = Câu hỏi cuối

## Bảng câu hỏi: những câu hỏi đầu tiên

checklist-q-about = Chuyện này về ai?
checklist-q-about-me = Về tôi
checklist-q-about-other = Về một người tôi quen
checklist-q-danger-now = { $perspective ->
    [me] Bạn có đang gặp nguy hiểm ngay lúc này, hoặc sợ sắp bị ai đó làm hại không?
   *[other] Người đó có đang gặp nguy hiểm ngay lúc này, hoặc sợ sắp bị ai đó làm hại không?
}
checklist-q-locked-in-now = { $perspective ->
    [me] Bạn có đang bị nhốt ở đâu đó, hoặc bị giữ ở đó trái ý muốn không?
   *[other] Người đó có đang bị nhốt ở đâu đó, hoặc bị giữ ở đó trái ý muốn không?
}
checklist-q-under-18 = { $perspective ->
    [me] Bạn có dưới 18 tuổi không?
   *[other] Người đó có dưới 18 tuổi không?
}
checklist-q-situation = { $perspective ->
    [me] Hoàn cảnh của bạn chủ yếu liên quan đến điều gì?
   *[other] Hoàn cảnh của người đó chủ yếu liên quan đến điều gì?
}
checklist-q-situation-sexual = { $perspective ->
    [me] Tình dục, escort, ảnh hoặc video tình dục, kể cả trên mạng
   *[other] Tình dục, escort, ảnh hoặc video tình dục, kể cả trên mạng
}
checklist-q-situation-labour = { $perspective ->
    [me] Công việc: ví dụ ở nhà hàng, công trường xây dựng, trang trại, cửa hàng
   *[other] Công việc: ví dụ ở nhà hàng, công trường xây dựng, trang trại, cửa hàng
}
checklist-q-situation-domestic = { $perspective ->
    [me] Làm việc trong nhà người khác: dọn dẹp, nấu ăn, trông trẻ
   *[other] Làm việc trong nhà người khác: dọn dẹp, nấu ăn, trông trẻ
}
checklist-q-situation-begging = { $perspective ->
    [me] Ăn xin ngoài đường
   *[other] Ăn xin ngoài đường
}
checklist-q-situation-criminality = { $perspective ->
    [me] Phải ăn cắp, bán ma túy hoặc làm trái pháp luật theo cách khác
   *[other] Phải ăn cắp, bán ma túy hoặc làm trái pháp luật theo cách khác
}
checklist-q-situation-relationship = { $perspective ->
    [me] Một người yêu hoặc người bạn đòi hỏi ngày càng nhiều: tiền, tình dục, ảnh, hoặc thời gian xa nhà và xa trường
   *[other] Một người yêu hoặc người bạn đòi hỏi người đó ngày càng nhiều: tiền, tình dục, ảnh, hoặc thời gian xa nhà và xa trường
}
checklist-q-situation-not-sure = { $perspective ->
    [me] Tôi không chắc, hoặc chuyện khác
   *[other] Tôi không chắc, hoặc chuyện khác
}

## Bảng câu hỏi: câu hỏi cho mọi hoàn cảnh

checklist-q-g-act-arranged = { $perspective ->
    [me] Có người khác tìm hoặc sắp xếp công việc hay hoạt động này cho bạn không?
   *[other] Có người khác tìm hoặc sắp xếp công việc hay hoạt động này cho người đó không?
}
checklist-q-g-act-journey = { $perspective ->
    [me] Có ai đưa bạn đến nơi bạn đang ở, hoặc tổ chức chuyến đi không?
   *[other] Có ai đưa người đó đến nơi họ đang ở, hoặc tổ chức chuyến đi không?
}
checklist-q-g-act-lodging = { $perspective ->
    [me] Người bạn làm việc cho, hoặc người làm cùng với họ, có quyết định chỗ bạn ngủ không?
   *[other] Người mà người đó làm việc cho, hoặc người làm cùng với họ, có quyết định chỗ người đó ngủ không?
}
checklist-q-g-promised-other = { $perspective ->
    [me] Công việc hoặc hoàn cảnh của bạn có rất khác với những gì bạn được hứa không?
   *[other] Công việc hoặc hoàn cảnh của người đó có rất khác với những gì họ được hứa không?
}
checklist-q-g-promised-details = { $perspective ->
    [me] Bạn có bị lừa về tiền lương, giờ làm hoặc chỗ ở không?
   *[other] Người đó có bị lừa về tiền lương, giờ làm hoặc chỗ ở không?
}
checklist-q-g-promised-papers = { $perspective ->
    [me] Có ai hứa cho bạn giấy tờ hoặc quyền ở hợp pháp mà bạn không bao giờ nhận được không?
   *[other] Có ai hứa cho người đó giấy tờ hoặc quyền ở hợp pháp mà họ không bao giờ nhận được không?
}
checklist-q-g-forced-start = { $perspective ->
    [me] Có ai đánh hoặc làm bạn bị thương để bắt bạn đến đây hoặc bắt đầu công việc này không?
   *[other] Có ai đánh hoặc làm người đó bị thương để bắt họ đến đây hoặc bắt đầu công việc này không?
}
checklist-q-g-taken = { $perspective ->
    [me] Lúc đầu, bạn có bị bắt đi hoặc bị giữ lại trái ý muốn không?
   *[other] Lúc đầu, người đó có bị bắt đi hoặc bị giữ lại trái ý muốn không?
}
checklist-q-g-threatened-start = { $perspective ->
    [me] Bạn có bị đe dọa để phải đến đây hoặc bắt đầu công việc này không?
   *[other] Người đó có bị đe dọa để phải đến đây hoặc bắt đầu công việc này không?
}
checklist-q-g-hard-time = { $perspective ->
    [me] Lúc mới bắt đầu, có ai lợi dụng lúc bạn rất khó khăn, ví dụ không có tiền hoặc không có nhà không?
   *[other] Lúc mới bắt đầu, có ai lợi dụng lúc người đó rất khó khăn, ví dụ không có tiền hoặc không có nhà không?
}
checklist-q-g-no-papers-used = { $perspective ->
    [me] Có ai lợi dụng việc bạn không có giấy tờ để ở Bỉ để kéo bạn vào chuyện này không?
   *[other] Có ai lợi dụng việc người đó không có giấy tờ để ở Bỉ để kéo họ vào chuyện này không?
}
checklist-q-g-rules-unknown = { $perspective ->
    [me] Có ai lợi dụng việc bạn không biết ngôn ngữ, luật lệ hoặc quyền của bạn ở đây không?
   *[other] Có ai lợi dụng việc người đó không biết ngôn ngữ, luật lệ hoặc quyền của họ ở đây không?
}
checklist-q-g-long-hours = { $perspective ->
    [me] Bạn có thường làm việc rất nhiều giờ mỗi ngày, hoặc cả bảy ngày một tuần không?
   *[other] Người đó có thường làm việc rất nhiều giờ mỗi ngày, hoặc cả bảy ngày một tuần không?
}
checklist-q-g-little-pay = { $perspective ->
    [me] Bạn có nhận được rất ít hoặc không được đồng nào cho việc bạn làm không?
   *[other] Người đó có nhận được rất ít hoặc không được đồng nào cho việc họ làm không?
}
checklist-q-g-housing = { $perspective ->
    [me] Chỗ bạn ngủ có quá chật, bẩn hoặc không an toàn không?
   *[other] Chỗ người đó ngủ có quá chật, bẩn hoặc không an toàn không?
}
checklist-q-g-documents = { $perspective ->
    [me] Có ai không chịu trả lại hộ chiếu hoặc chứng minh thư khi bạn đòi không?
   *[other] Có ai không chịu trả lại hộ chiếu hoặc chứng minh thư của người đó khi họ đòi không?
}
checklist-q-g-stopped-leaving = { $perspective ->
    [me] Có ai ngăn bạn rời đi, nhốt bạn lại hoặc đi theo bạn khi bạn ra ngoài không?
   *[other] Có ai ngăn người đó rời đi, nhốt họ lại hoặc đi theo họ khi họ ra ngoài không?
}
checklist-q-g-debt = { $perspective ->
    [me] Bạn có nợ tiền người bạn làm việc cho, hoặc người đã đưa bạn đến đây không?
   *[other] Người đó có nợ tiền người họ làm việc cho, hoặc người đã đưa họ đến đây không?
}
checklist-q-g-debt-grows = { $perspective ->
    [me] Món nợ này có giữ nguyên hoặc tăng lên, dù bạn trả hay làm gì đi nữa không?
   *[other] Món nợ này có giữ nguyên hoặc tăng lên, dù người đó trả hay làm gì đi nữa không?
}
checklist-q-g-debt-travel = { $perspective ->
    [me] Món nợ này có bắt đầu từ tiền chuyến đi, tiền việc làm hoặc tiền chỗ ở của bạn không?
   *[other] Món nợ này có bắt đầu từ tiền chuyến đi, tiền việc làm hoặc tiền chỗ ở của người đó không?
}
checklist-q-g-money-taken = { $perspective ->
    [me] Có người khác lấy hết hoặc gần hết số tiền bạn kiếm được không?
   *[other] Có người khác lấy hết hoặc gần hết số tiền người đó kiếm được không?
}
checklist-q-g-threats = { $perspective ->
    [me] Có ai đã đe dọa bạn hoặc gia đình bạn không?
   *[other] Có ai đã đe dọa người đó hoặc gia đình họ không?
}
checklist-q-g-threat-report = { $perspective ->
    [me] Có ai nói sẽ báo bạn cho cảnh sát hoặc sở di trú nếu bạn không nghe lời không?
   *[other] Có ai nói sẽ báo người đó cho cảnh sát hoặc sở di trú nếu họ không nghe lời không?
}
checklist-q-g-violence = { $perspective ->
    [me] Có ai đã đánh bạn, làm bạn bị thương hoặc ép bạn làm chuyện tình dục không?
   *[other] Có ai đã đánh người đó, làm họ bị thương hoặc ép họ làm chuyện tình dục không?
}
checklist-q-g-punished-stop = { $perspective ->
    [me] Nếu bạn muốn dừng lại, có ai sẽ trừng phạt bạn hoặc làm mọi chuyện tệ hơn cho bạn không?
   *[other] Nếu người đó muốn dừng lại, có ai sẽ trừng phạt họ hoặc làm mọi chuyện tệ hơn cho họ không?
}
checklist-q-g-told-to-lie = { $perspective ->
    [me] Có ai đã dặn bạn phải nói gì với cảnh sát, với nhân viên nhà nước hoặc với gia đình bạn không?
   *[other] Có ai đã dặn người đó phải nói gì với cảnh sát, với nhân viên nhà nước hoặc với gia đình họ không?
}
checklist-q-g-dependent = { $perspective ->
    [me] Bạn có phụ thuộc vào cùng những người đó về việc làm, chỗ ở và đồ ăn không?
   *[other] Người đó có phụ thuộc vào cùng những người đó về việc làm, chỗ ở và đồ ăn không?
}
checklist-q-g-isolated = { $perspective ->
    [me] Có ai ngăn bạn liên lạc với gia đình hoặc bạn bè không?
   *[other] Có ai ngăn người đó liên lạc với gia đình hoặc bạn bè của họ không?
}
checklist-q-g-fear-police = { $perspective ->
    [me] Bạn có sợ nhờ cảnh sát giúp, ví dụ vì chuyện giấy tờ của bạn không?
   *[other] Người đó có sợ nhờ cảnh sát giúp, ví dụ vì chuyện giấy tờ của họ không?
}

## Bảng câu hỏi: tình dục, escort và trên mạng

checklist-q-s-cannot-refuse = { $perspective ->
    [me] Có ai bắt bạn tiếp khách hoặc làm chuyện tình dục mà bạn không muốn không?
   *[other] Có ai bắt người đó tiếp khách hoặc làm chuyện tình dục mà họ không muốn không?
}
checklist-q-s-money-taken = { $perspective ->
    [me] Có người khác lấy phần lớn số tiền khách trả cho bạn không?
   *[other] Có người khác lấy phần lớn số tiền khách trả cho người đó không?
}
checklist-q-s-organised = { $perspective ->
    [me] Có người khác đăng quảng cáo cho bạn, chọn khách cho bạn hoặc sắp xếp các cuộc hẹn escort của bạn không?
   *[other] Có người khác đăng quảng cáo cho người đó, chọn khách cho họ hoặc sắp xếp các cuộc hẹn escort của họ không?
}
checklist-q-s-images = { $perspective ->
    [me] Có ai bắt bạn chụp ảnh hoặc quay video tình dục, hoặc làm chuyện tình dục trước camera, để họ kiếm lời không?
   *[other] Có ai bắt người đó chụp ảnh hoặc quay video tình dục, hoặc làm chuyện tình dục trước camera, để họ kiếm lời không?
}

## Bảng câu hỏi: công việc

checklist-q-l-contract = { $perspective ->
    [me] Bạn có làm việc không có hợp đồng, hoặc làm chui không?
   *[other] Người đó có làm việc không có hợp đồng, hoặc làm chui không?
}
checklist-q-l-hazard = { $perspective ->
    [me] Công việc có nguy hiểm, không có đồ bảo hộ hoặc không được hướng dẫn không?
   *[other] Công việc của người đó có nguy hiểm, không có đồ bảo hộ hoặc không được hướng dẫn không?
}
checklist-q-l-live-in = { $perspective ->
    [me] Bạn có sống trong nhà của những người bạn làm việc cho không?
   *[other] Người đó có sống trong nhà của những người họ làm việc cho không?
}

## Bảng câu hỏi: làm việc trong nhà người khác

checklist-q-d-sleep-place = { $perspective ->
    [me] Bạn có phải ngủ ở chỗ không có chút riêng tư nào, như nhà bếp, hành lang hoặc dưới sàn không?
   *[other] Người đó có phải ngủ ở chỗ không có chút riêng tư nào, như nhà bếp, hành lang hoặc dưới sàn không?
}
checklist-q-d-food = { $perspective ->
    [me] Bạn có bị thiếu ăn, hoặc chỉ được ăn đồ thừa không?
   *[other] Người đó có bị thiếu ăn, hoặc chỉ được ăn đồ thừa không?
}

## Bảng câu hỏi: ăn xin

checklist-q-b-quota = { $perspective ->
    [me] Mỗi ngày bạn có phải nộp cho ai đó một số tiền nhất định không?
   *[other] Mỗi ngày người đó có phải nộp cho ai đó một số tiền nhất định không?
}
checklist-q-b-punished = { $perspective ->
    [me] Bạn có bị phạt khi mang về quá ít không?
   *[other] Người đó có bị phạt khi mang về quá ít không?
}
checklist-q-b-brought = { $perspective ->
    [me] Có ai chở bạn đến chỗ ăn xin rồi đón bạn về không?
   *[other] Có ai chở người đó đến chỗ ăn xin rồi đón họ về không?
}
checklist-q-b-school = { $perspective ->
    [me] Bạn có đi ăn xin thay vì đi học không?
   *[other] Người đó có đi ăn xin thay vì đi học không?
}

## Bảng câu hỏi: phạm tội do bị ép

checklist-q-c-drawn-drugs = { $perspective ->
    [me] Chuyện này có bắt đầu từ việc ai đó cho bạn ma túy, hoặc làm bạn nghiện không?
   *[other] Chuyện này có bắt đầu từ việc ai đó cho người đó ma túy, hoặc làm họ nghiện không?
}
checklist-q-c-drawn-money = { $perspective ->
    [me] Chuyện này có bắt đầu từ việc ai đó mời bạn kiếm tiền dễ dàng không?
   *[other] Chuyện này có bắt đầu từ việc ai đó mời người đó kiếm tiền dễ dàng không?
}
checklist-q-c-drawn-debt = { $perspective ->
    [me] Chuyện này có bắt đầu từ một món nợ mà bạn bị bảo phải trả theo cách này không?
   *[other] Chuyện này có bắt đầu từ một món nợ mà người đó bị bảo phải trả theo cách này không?
}
checklist-q-c-made-to = { $perspective ->
    [me] Bạn có bị bắt ăn cắp, bán ma túy hoặc làm trái pháp luật theo cách khác cho người khác không?
   *[other] Người đó có bị bắt ăn cắp, bán ma túy hoặc làm trái pháp luật theo cách khác cho người khác không?
}
checklist-q-c-profits = { $perspective ->
    [me] Có người khác giữ tiền hoặc đồ mà bạn mang về không?
   *[other] Có người khác giữ tiền hoặc đồ mà người đó mang về không?
}
checklist-q-c-cannabis = { $perspective ->
    [me] Bạn có phải ở trong một ngôi nhà để chăm sóc cây cần sa không?
   *[other] Người đó có phải ở trong một ngôi nhà để chăm sóc cây cần sa không?
}

## Bảng câu hỏi: một mối quan hệ có gì đó không ổn (ma cô tuổi teen)

checklist-q-t-older = { $perspective ->
    [me] Người bạn đang nghĩ đến có lớn tuổi hơn bạn nhiều không?
   *[other] Người yêu hoặc người bạn này có lớn tuổi hơn người trẻ đó nhiều không?
}
checklist-q-t-gifts = { $perspective ->
    [me] Người này có cho bạn tiền, quà đắt tiền hoặc điện thoại không?
   *[other] Người này có cho người trẻ đó tiền, quà đắt tiền hoặc điện thoại không?
}
checklist-q-t-love = { $perspective ->
    [me] Người này có hứa yêu bạn hoặc hứa một tương lai chung, rồi không giữ lời không?
   *[other] Người này có hứa yêu người trẻ đó hoặc hứa một tương lai chung, rồi không giữ lời không?
}
checklist-q-t-hard-time = { $perspective ->
    [me] Người này có xuất hiện trong đời bạn lúc bạn thấy cô đơn, hoặc có chuyện ở nhà hay ở trường không?
   *[other] Người này có xuất hiện trong đời người trẻ đó lúc em thấy cô đơn, hoặc có chuyện ở nhà hay ở trường không?
}
checklist-q-t-need = { $perspective ->
    [me] Bạn có thấy mình cần người này đến mức không thể nói không với họ không?
   *[other] Người trẻ đó có vẻ cần người này đến mức không thể nói không không?
}
checklist-q-t-cut-off = { $perspective ->
    [me] Người này có muốn bạn không gặp bạn bè hoặc gia đình nữa không?
   *[other] Người này có muốn người trẻ đó không gặp bạn bè hoặc gia đình nữa không?
}
checklist-q-t-nights = { $perspective ->
    [me] Bạn có đi vắng ban đêm mà không nói mình ở đâu không?
   *[other] Người trẻ đó có đi vắng ban đêm mà không nói mình ở đâu không?
}
checklist-q-t-hotels = { $perspective ->
    [me] Bạn có đến khách sạn hoặc căn hộ lạ, cùng người này hoặc bạn bè của họ không?
   *[other] Người trẻ đó có đến khách sạn hoặc căn hộ lạ, cùng người này hoặc bạn bè của họ không?
}
checklist-q-t-school = { $perspective ->
    [me] Bạn có hay nghỉ học không?
   *[other] Người trẻ đó có hay nghỉ học không?
}
checklist-q-t-asked-sex = { $perspective ->
    [me] Người này có bảo bạn quan hệ tình dục với người khác không?
   *[other] Người này có bảo người trẻ đó quan hệ tình dục với người khác không?
}
checklist-q-t-asked-pictures = { $perspective ->
    [me] Người này có đòi bạn gửi ảnh hoặc video tình dục của chính bạn không?
   *[other] Người này có đòi người trẻ đó gửi ảnh hoặc video tình dục của chính em không?
}
checklist-q-t-owe = { $perspective ->
    [me] Người này có nói bạn nợ họ tiền vì quà hoặc vì những thứ khác không?
   *[other] Người này có nói người trẻ đó nợ họ tiền vì quà hoặc vì những thứ khác không?
}
checklist-q-t-tattoo = { $perspective ->
    [me] Bạn có hình xăm tên hoặc ký hiệu của người này không?
   *[other] Người trẻ đó có hình xăm tên hoặc ký hiệu của người này không?
}
checklist-q-t-phones = { $perspective ->
    [me] Bạn có điện thoại thứ hai, do người này đưa cho không?
   *[other] Người trẻ đó có điện thoại thứ hai, do người này đưa cho không?
}
checklist-q-t-mood = { $perspective ->
    [me] Gần đây tâm trạng của bạn có thay đổi nhiều không?
   *[other] Gần đây tâm trạng của người trẻ đó có thay đổi nhiều không?
}
checklist-q-t-drugs = { $perspective ->
    [me] Gần đây bạn có uống rượu nhiều hoặc dùng ma túy không?
   *[other] Gần đây người trẻ đó có uống rượu nhiều hoặc dùng ma túy không?
}
checklist-q-t-self-harm = { $perspective ->
    [me] Bạn có tự làm đau mình, hoặc nghĩ đến chuyện đó không?
   *[other] Người trẻ đó có tự làm đau mình, hoặc nói về chuyện đó không?
}

## Bảng câu hỏi: câu hỏi cuối

checklist-q-region = { $perspective ->
    [me] Bạn đang ở đâu tại Bỉ? Điều này giúp chỉ cho bạn một trung tâm ở gần.
   *[other] Người đó đang ở đâu tại Bỉ? Điều này giúp chỉ ra một trung tâm ở gần.
}
checklist-q-region-brussels = { $perspective ->
    [me] Brussels
   *[other] Brussels
}
checklist-q-region-flanders = { $perspective ->
    [me] Flanders
   *[other] Flanders
}
checklist-q-region-wallonia = { $perspective ->
    [me] Wallonia
   *[other] Wallonia
}
checklist-q-region-east-belgium = { $perspective ->
    [me] Đông Bỉ (Cộng đồng nói tiếng Đức)
   *[other] Đông Bỉ (Cộng đồng nói tiếng Đức)
}
checklist-q-region-not-sure = { $perspective ->
    [me] Tôi không muốn nói
   *[other] Tôi không muốn nói, hoặc tôi không biết
}

## Bảng câu hỏi: các nhóm dấu hiệu

checklist-element-act = Có người sắp xếp, đưa đi hoặc cho ở
checklist-element-deceptive-recruitment = Bị lừa lúc ban đầu
checklist-element-coercive-recruitment = Bị ép buộc lúc ban đầu
checklist-element-vulnerability-recruitment = Hoàn cảnh khó khăn bị lợi dụng lúc ban đầu
checklist-element-exploitative-conditions = Bóc lột: làm việc hoặc sinh sống với điều kiện bất công
checklist-element-exploitation-in-law = Bóc lột theo luật: tình dục, ăn xin hoặc phạm tội cho người khác
checklist-element-coercion-destination = Bị kiểm soát và ép buộc hiện nay
checklist-element-vulnerability-destination = Hoàn cảnh khó khăn bị lợi dụng hiện nay
checklist-element-other-signs = Dấu hiệu khác (UNODC), không tính là chỉ số của ILO
checklist-element-warning-signs = Dấu hiệu cảnh báo ở người trẻ (Child Focus), không phải chỉ số của ILO

## Bảng câu hỏi: giải thích các dấu hiệu

checklist-indicator-act-recruited = { $perspective ->
    [me] Có người khác tìm hoặc sắp xếp việc này cho bạn: theo định nghĩa của luật, đây là tuyển mộ một người.
   *[other] Có người khác tìm hoặc sắp xếp việc này cho người đó: theo định nghĩa của luật, đây là tuyển mộ một người.
}
checklist-indicator-act-transported = { $perspective ->
    [me] Có người đưa bạn đến đây hoặc tổ chức chuyến đi: theo định nghĩa của luật, đây là vận chuyển một người.
   *[other] Có người đưa người đó đến đây hoặc tổ chức chuyến đi: theo định nghĩa của luật, đây là vận chuyển một người.
}
checklist-indicator-act-harboured = { $perspective ->
    [me] Những người bạn làm việc cho quyết định chỗ bạn ngủ: theo định nghĩa của luật, đây là chứa chấp một người.
   *[other] Những người mà người đó làm việc cho quyết định chỗ họ ngủ: theo định nghĩa của luật, đây là chứa chấp một người.
}
checklist-indicator-deceived-job = { $perspective ->
    [me] Công việc hoặc hoàn cảnh rất khác với những gì bạn được hứa: lừa dối lúc ban đầu là cách thường gặp để đưa người ta vào vòng bóc lột.
   *[other] Công việc hoặc hoàn cảnh rất khác với những gì người đó được hứa: lừa dối lúc ban đầu là cách thường gặp để đưa người ta vào vòng bóc lột.
}
checklist-indicator-deceived-conditions = { $perspective ->
    [me] Bạn bị lừa về lương, giờ làm hoặc chỗ ở: lời hứa sai khiến người ta chấp nhận những điều kiện mà lẽ ra họ sẽ từ chối.
   *[other] Người đó bị lừa về lương, giờ làm hoặc chỗ ở: lời hứa sai khiến người ta chấp nhận những điều kiện mà lẽ ra họ sẽ từ chối.
}
checklist-indicator-deceived-papers = { $perspective ->
    [me] Bạn được hứa cho giấy tờ nhưng không bao giờ có: lời hứa này thường được dùng để bắt người ta chờ đợi và nghe lời.
   *[other] Người đó được hứa cho giấy tờ nhưng không bao giờ có: lời hứa này thường được dùng để bắt người ta chờ đợi và nghe lời.
}
checklist-indicator-false-promises-love = { $perspective ->
    [me] Có người hứa yêu bạn hoặc hứa một tương lai chung: ma cô tuổi teen thường bắt đầu như vậy để lấy lòng tin.
   *[other] Có người hứa yêu người đó hoặc hứa một tương lai chung: ma cô tuổi teen thường bắt đầu như vậy để lấy lòng tin.
}
checklist-indicator-recruited-by-violence = { $perspective ->
    [me] Bạn bị đánh hoặc bị làm đau để bắt bạn bắt đầu: đây là dấu hiệu nghiêm trọng cho thấy bạn không được tự do lựa chọn.
   *[other] Người đó bị đánh hoặc bị làm đau để bắt họ bắt đầu: đây là dấu hiệu nghiêm trọng cho thấy họ không được tự do lựa chọn.
}
checklist-indicator-abducted = { $perspective ->
    [me] Lúc đầu bạn bị bắt đi hoặc bị giữ lại trái ý muốn: không ai được phép làm vậy với bạn.
   *[other] Lúc đầu người đó bị bắt đi hoặc bị giữ lại trái ý muốn: không ai được phép làm vậy với bất kỳ ai.
}
checklist-indicator-recruitment-threats = { $perspective ->
    [me] Bạn bị đe dọa để phải bắt đầu: nỗi sợ có thể lấy mất quyền lựa chọn.
   *[other] Người đó bị đe dọa để phải bắt đầu: nỗi sợ có thể lấy mất quyền lựa chọn.
}
checklist-indicator-recruitment-debt = { $perspective ->
    [me] Món nợ bắt đầu từ chuyến đi hoặc việc làm: món nợ như vậy thường được dùng để trói buộc một người với những kẻ đã đưa họ đến.
   *[other] Món nợ bắt đầu từ chuyến đi hoặc việc làm: món nợ như vậy thường được dùng để trói buộc một người với những kẻ đã đưa họ đến.
}
checklist-indicator-hard-situation-used = { $perspective ->
    [me] Chuyện bắt đầu khi bạn không có tiền, giấy tờ hoặc nhà: kẻ bóc lột người khác tìm những người đang gặp khó khăn.
   *[other] Chuyện bắt đầu khi người đó không có tiền, giấy tờ hoặc nhà: kẻ bóc lột người khác tìm những người đang gặp khó khăn.
}
checklist-indicator-irregular-status-used = { $perspective ->
    [me] Có người lợi dụng việc bạn không có giấy tờ để kéo bạn vào chuyện này: người không có giấy tờ dễ bị đe dọa, và kẻ bóc lột lợi dụng điều đó.
   *[other] Có người lợi dụng việc người đó không có giấy tờ để kéo họ vào chuyện này: người không có giấy tờ dễ bị đe dọa, và kẻ bóc lột lợi dụng điều đó.
}
checklist-indicator-lack-of-information-used = { $perspective ->
    [me] Có người lợi dụng việc bạn không biết ngôn ngữ, luật lệ hoặc quyền của bạn: không biết thì dễ bị lừa.
   *[other] Có người lợi dụng việc người đó không biết ngôn ngữ, luật lệ hoặc quyền của họ: không biết thì dễ bị lừa.
}
checklist-indicator-family-problems-used = { $perspective ->
    [me] Chuyện bắt đầu khi bạn thấy cô đơn hoặc có chuyện ở nhà hay ở trường: ma cô tuổi teen tìm những người trẻ trong hoàn cảnh này.
   *[other] Chuyện bắt đầu khi người đó thấy cô đơn hoặc có chuyện ở nhà hay ở trường: ma cô tuổi teen tìm những người trẻ trong hoàn cảnh này.
}
checklist-indicator-emotional-dependency = { $perspective ->
    [me] Bạn thấy mình không thể nói không với người này: làm cho ai đó thấy phụ thuộc là một cách để kiểm soát họ.
   *[other] Người đó có vẻ không thể nói không: làm cho ai đó thấy phụ thuộc là một cách để kiểm soát họ.
}
checklist-indicator-excessive-hours = { $perspective ->
    [me] Làm việc rất nhiều giờ mỗi ngày hoặc không có ngày nghỉ: đây có thể là dấu hiệu bóc lột, nhất là khi có thêm dấu hiệu khác.
   *[other] Làm việc rất nhiều giờ mỗi ngày hoặc không có ngày nghỉ: đây có thể là dấu hiệu bóc lột, nhất là khi có thêm dấu hiệu khác.
}
checklist-indicator-low-or-no-pay = { $perspective ->
    [me] Được trả rất ít hoặc không được trả cho công việc của bạn: đây có thể là dấu hiệu bóc lột.
   *[other] Được trả rất ít hoặc không được trả cho công việc: đây có thể là dấu hiệu bóc lột.
}
checklist-indicator-no-labour-rights = { $perspective ->
    [me] Không có hợp đồng và không được khai báo: điều này thường có nghĩa là không có bảo hiểm và không được bảo vệ khi làm việc.
   *[other] Không có hợp đồng và không được khai báo: điều này thường có nghĩa là người đó không có bảo hiểm và không được bảo vệ khi làm việc.
}
checklist-indicator-hazardous-work = { $perspective ->
    [me] Công việc nguy hiểm mà không có đồ bảo hộ: điều này đe dọa sức khỏe của bạn và có thể là dấu hiệu bóc lột.
   *[other] Công việc nguy hiểm mà không có đồ bảo hộ: điều này đe dọa sức khỏe của người đó và có thể là dấu hiệu bóc lột.
}
checklist-indicator-bad-living-conditions = { $perspective ->
    [me] Chỗ ngủ quá chật, bẩn hoặc không an toàn: điều kiện sống như vậy có thể là dấu hiệu bóc lột.
   *[other] Chỗ ngủ quá chật, bẩn hoặc không an toàn: điều kiện sống như vậy có thể là dấu hiệu bóc lột.
}
checklist-indicator-no-school = { $perspective ->
    [me] Nghỉ học: người trẻ có quyền được đi học.
   *[other] Nghỉ học: người trẻ có quyền được đi học.
}
checklist-indicator-sexual-services-for-others = { $perspective ->
    [me] Có người khác kiếm tiền từ việc bạn làm chuyện tình dục: luật gọi đây là bóc lột tình dục, và với người dưới 18 tuổi thì luôn luôn là bóc lột.
   *[other] Có người khác kiếm tiền từ việc người đó làm chuyện tình dục: luật gọi đây là bóc lột tình dục, và với người dưới 18 tuổi thì luôn luôn là bóc lột.
}
checklist-indicator-sexual-images-for-others = { $perspective ->
    [me] Có người bắt bạn làm ảnh hoặc video tình dục để họ kiếm lời: đây là bóc lột tình dục, kể cả trên mạng.
   *[other] Có người bắt người đó làm ảnh hoặc video tình dục để họ kiếm lời: đây là bóc lột tình dục, kể cả trên mạng.
}
checklist-indicator-pushed-into-sex-with-others = { $perspective ->
    [me] Người này bảo bạn quan hệ tình dục với người khác: ma cô tuổi teen làm như vậy, và với người dưới 18 tuổi thì luôn luôn là bóc lột.
   *[other] Người này bảo người trẻ đó quan hệ tình dục với người khác: ma cô tuổi teen làm như vậy, và với người dưới 18 tuổi thì luôn luôn là bóc lột.
}
checklist-indicator-minor-in-sexual-activity = { $perspective ->
    [me] Bạn dưới 18 tuổi và dính vào tình dục, escort hoặc ảnh tình dục: với người trẻ, đây luôn luôn là bóc lột, kể cả khi bạn đã đồng ý. Đó không bao giờ là lỗi của bạn.
   *[other] Người đó dưới 18 tuổi và dính vào tình dục, escort hoặc ảnh tình dục: với người trẻ, đây luôn luôn là bóc lột, kể cả khi em đã đồng ý. Đó không bao giờ là lỗi của em.
}
checklist-indicator-begging-for-others = { $perspective ->
    [me] Bạn phải nộp một số tiền nhất định từ việc ăn xin: luật gọi ăn xin cho người khác là bóc lột.
   *[other] Người đó phải nộp một số tiền nhất định từ việc ăn xin: luật gọi ăn xin cho người khác là bóc lột.
}
checklist-indicator-crime-for-others = { $perspective ->
    [me] Có người khác giữ những gì bạn có được từ việc phạm tội: luật gọi đây là bóc lột, và người có lỗi là những kẻ hưởng lợi.
   *[other] Có người khác giữ những gì người đó có được từ việc phạm tội: luật gọi đây là bóc lột, và người có lỗi là những kẻ hưởng lợi.
}
checklist-indicator-kept-with-cannabis = { $perspective ->
    [me] Bạn phải ở trong một ngôi nhà để chăm sóc cây cần sa: bị bắt phạm tội cho người khác là bóc lột theo luật.
   *[other] Người đó phải ở trong một ngôi nhà để chăm sóc cây cần sa: bị bắt phạm tội cho người khác là bóc lột theo luật.
}
checklist-indicator-minor-in-crime = { $perspective ->
    [me] Bạn dưới 18 tuổi và có người đẩy bạn vào phạm tội: với người trẻ, đây là bóc lột, dù bạn đã đồng ý điều gì.
   *[other] Người đó dưới 18 tuổi và có người đẩy em vào phạm tội: với người trẻ, đây là bóc lột, dù em đã đồng ý điều gì.
}
checklist-indicator-documents-kept = { $perspective ->
    [me] Có người không chịu trả lại giấy tờ tùy thân của bạn: đây là một cách để kiểm soát một người.
   *[other] Có người không chịu trả lại giấy tờ tùy thân của người đó: đây là một cách để kiểm soát một người.
}
checklist-indicator-debt-bondage = { $perspective ->
    [me] Một món nợ không bao giờ giảm: nợ thường được dùng để bắt người ta tiếp tục làm việc.
   *[other] Một món nợ không bao giờ giảm: nợ thường được dùng để bắt người ta tiếp tục làm việc.
}
checklist-indicator-confined-or-watched = { $perspective ->
    [me] Có người ngăn bạn rời đi, nhốt bạn lại hoặc đi theo bạn: điều này lấy mất tự do của bạn.
   *[other] Có người ngăn người đó rời đi, nhốt họ lại hoặc đi theo họ: điều này lấy mất tự do của họ.
}
checklist-indicator-violence = { $perspective ->
    [me] Có người làm đau bạn hoặc ép bạn làm chuyện tình dục: đây là bạo lực, và đó không bao giờ là lỗi của bạn.
   *[other] Có người làm đau người đó hoặc ép họ làm chuyện tình dục: đây là bạo lực, và đó không bao giờ là lỗi của họ.
}
checklist-indicator-threats = { $perspective ->
    [me] Bị đe dọa, bạn hoặc gia đình bạn: nỗi sợ được dùng để bắt người ta nghe lời.
   *[other] Người đó hoặc gia đình họ bị đe dọa: nỗi sợ được dùng để bắt người ta nghe lời.
}
checklist-indicator-threat-to-report = { $perspective ->
    [me] Bị dọa báo bạn cho cảnh sát hoặc sở di trú: điều này được dùng để bắt người ta im lặng.
   *[other] Bị dọa báo người đó cho cảnh sát hoặc sở di trú: điều này được dùng để bắt người ta im lặng.
}
checklist-indicator-penalty-for-leaving = { $perspective ->
    [me] Bạn sẽ bị phạt nếu bạn dừng lại: một công việc không thể bỏ thì không phải là tự do lựa chọn.
   *[other] Người đó sẽ bị phạt nếu họ dừng lại: một công việc không thể bỏ thì không phải là tự do lựa chọn.
}
checklist-indicator-wages-withheld = { $perspective ->
    [me] Có người khác lấy tiền bạn kiếm được: điều này khiến một người bị phụ thuộc.
   *[other] Có người khác lấy tiền người đó kiếm được: điều này khiến một người bị phụ thuộc.
}
checklist-indicator-forced-crime = { $perspective ->
    [me] Bạn bị bắt làm trái pháp luật cho người khác: đây có thể là một hình thức bóc lột, và người có lỗi là những kẻ hưởng lợi.
   *[other] Người đó bị bắt làm trái pháp luật cho người khác: đây có thể là một hình thức bóc lột, và người có lỗi là những kẻ hưởng lợi.
}
checklist-indicator-forced-clients = { $perspective ->
    [me] Bạn không thể từ chối một người khách hoặc một hành vi tình dục: đây là dấu hiệu bị kiểm soát.
   *[other] Người đó không thể từ chối một người khách hoặc một hành vi tình dục: đây là dấu hiệu bị kiểm soát.
}
checklist-indicator-under-control = { $perspective ->
    [me] Có người khác quyết định quảng cáo, khách hoặc cuộc hẹn của bạn: người khác kiểm soát công việc, và đây có thể là dấu hiệu bóc lột.
   *[other] Có người khác quyết định quảng cáo, khách hoặc cuộc hẹn của người đó: người khác kiểm soát công việc, và đây có thể là dấu hiệu bóc lột.
}
checklist-indicator-told-to-lie = { $perspective ->
    [me] Có người dặn bạn phải nói gì với cảnh sát, nhân viên nhà nước hoặc gia đình bạn: điều này được dùng để che giấu chuyện đang xảy ra.
   *[other] Có người dặn người đó phải nói gì với cảnh sát, nhân viên nhà nước hoặc gia đình: điều này được dùng để che giấu chuyện đang xảy ra.
}
checklist-indicator-dependent-on-exploiter = { $perspective ->
    [me] Cùng những người đó cho bạn việc làm, chỗ ở và đồ ăn: điều này khiến rất khó nói không hoặc bỏ đi.
   *[other] Cùng những người đó cho người đó việc làm, chỗ ở và đồ ăn: điều này khiến rất khó nói không hoặc bỏ đi.
}
checklist-indicator-isolated = { $perspective ->
    [me] Có người ngăn bạn liên lạc với gia đình và bạn bè: khi một mình thì khó tìm giúp đỡ hơn.
   *[other] Có người ngăn người đó liên lạc với gia đình và bạn bè: khi một mình thì khó tìm giúp đỡ hơn.
}
checklist-indicator-fear-of-authorities = { $perspective ->
    [me] Bạn sợ cảnh sát hoặc sợ vì chuyện giấy tờ của bạn: nỗi sợ này thường được dùng để bắt người ta im lặng.
   *[other] Người đó sợ cảnh sát hoặc sợ vì chuyện giấy tờ của họ: nỗi sợ này thường được dùng để bắt người ta im lặng.
}
checklist-indicator-no-private-space = { $perspective ->
    [me] Không có chỗ ngủ riêng: UNODC coi đây là một trong các dấu hiệu của tình trạng nô lệ giúp việc nhà.
   *[other] Không có chỗ ngủ riêng: UNODC coi đây là một trong các dấu hiệu của tình trạng nô lệ giúp việc nhà.
}
checklist-indicator-not-enough-food = { $perspective ->
    [me] Không đủ ăn, hoặc chỉ được ăn đồ thừa: UNODC coi đây là một trong các dấu hiệu của tình trạng nô lệ giúp việc nhà.
   *[other] Không đủ ăn, hoặc chỉ được ăn đồ thừa: UNODC coi đây là một trong các dấu hiệu của tình trạng nô lệ giúp việc nhà.
}
checklist-indicator-punished-for-earnings = { $perspective ->
    [me] Bị phạt vì mang về quá ít: UNODC coi đây là một trong các dấu hiệu của ép ăn xin và ép phạm tội.
   *[other] Bị phạt vì mang về quá ít: UNODC coi đây là một trong các dấu hiệu của ép ăn xin và ép phạm tội.
}
checklist-indicator-moved-to-begging = { $perspective ->
    [me] Bị chở đến chỗ ăn xin rồi đón về: UNODC coi việc bị đưa đi đưa lại như vậy là một dấu hiệu.
   *[other] Bị chở đến chỗ ăn xin rồi đón về: UNODC coi việc bị đưa đi đưa lại như vậy là một dấu hiệu.
}
checklist-indicator-drugs-used-to-recruit = { $perspective ->
    [me] Chuyện bắt đầu bằng ma túy: nghiện ma túy có thể trói buộc một người với những kẻ cung cấp ma túy.
   *[other] Chuyện bắt đầu bằng ma túy: nghiện ma túy có thể trói buộc một người với những kẻ cung cấp ma túy.
}
checklist-indicator-easy-money-promised = { $perspective ->
    [me] Chuyện bắt đầu bằng lời mời kiếm tiền dễ dàng: đây là cách thường gặp để kéo người ta vào phạm tội cho người khác.
   *[other] Chuyện bắt đầu bằng lời mời kiếm tiền dễ dàng: đây là cách thường gặp để kéo người ta vào phạm tội cho người khác.
}
checklist-indicator-older-contacts = { $perspective ->
    [me] Người bạn đang nghĩ đến lớn tuổi hơn nhiều: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
   *[other] Người yêu hoặc người bạn lớn tuổi hơn người trẻ đó nhiều: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
}
checklist-indicator-gifts-to-bind = { $perspective ->
    [me] Bạn được cho tiền hoặc quà đắt tiền: quà có thể được dùng để tạo cảm giác mắc nợ.
   *[other] Người đó được cho tiền hoặc quà đắt tiền: quà có thể được dùng để tạo cảm giác mắc nợ.
}
checklist-indicator-cut-off-by-partner = { $perspective ->
    [me] Người này muốn bạn không gặp bạn bè hoặc gia đình nữa: ma cô tuổi teen cắt đứt người trẻ khỏi những người có thể giúp đỡ.
   *[other] Người này muốn người trẻ đó không gặp bạn bè hoặc gia đình nữa: ma cô tuổi teen cắt đứt người trẻ khỏi những người có thể giúp đỡ.
}
checklist-indicator-staying-away = { $perspective ->
    [me] Đi vắng ban đêm mà không nói ở đâu: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
   *[other] Đi vắng ban đêm mà không nói ở đâu: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
}
checklist-indicator-hotel-stays = { $perspective ->
    [me] Đến khách sạn hoặc căn hộ lạ với người này hoặc bạn bè của họ: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
   *[other] Đến khách sạn hoặc căn hộ lạ với người này hoặc bạn bè của họ: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
}
checklist-indicator-asked-for-pictures = { $perspective ->
    [me] Người này đòi ảnh tình dục của chính bạn: những ảnh như vậy sau này thường được dùng để ép buộc người trẻ.
   *[other] Người này đòi người trẻ đó gửi ảnh tình dục: những ảnh như vậy sau này thường được dùng để ép buộc người trẻ.
}
checklist-indicator-made-to-owe = { $perspective ->
    [me] Người này nói bạn nợ họ vì quà: một món nợ bịa ra là cách để bắt người trẻ nghe lời.
   *[other] Người này nói người trẻ đó nợ họ vì quà: một món nợ bịa ra là cách để bắt người trẻ nghe lời.
}
checklist-indicator-name-tattoo = { $perspective ->
    [me] Hình xăm tên hoặc ký hiệu của người này: ma cô tuổi teen đôi khi dùng nó để đánh dấu người trẻ là của mình.
   *[other] Hình xăm tên hoặc ký hiệu của người này: ma cô tuổi teen đôi khi dùng nó để đánh dấu người trẻ là của mình.
}
checklist-indicator-several-phones = { $perspective ->
    [me] Điện thoại thứ hai do người này đưa: đây có thể là cách để liên lạc với bạn mà người khác không biết.
   *[other] Điện thoại thứ hai do người này đưa: đây có thể là cách để liên lạc với người trẻ đó mà người khác không biết.
}
checklist-indicator-mood-changes = { $perspective ->
    [me] Tâm trạng thay đổi nhiều: đây có thể là dấu hiệu có chuyện rất không ổn. Bạn xứng đáng được giúp đỡ.
   *[other] Tâm trạng thay đổi nhiều: đây có thể là dấu hiệu có chuyện rất không ổn với người trẻ đó.
}
checklist-indicator-alcohol-or-drugs = { $perspective ->
    [me] Gần đây uống nhiều rượu hoặc dùng nhiều ma túy: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
   *[other] Gần đây uống nhiều rượu hoặc dùng nhiều ma túy: Child Focus coi đây là một trong các dấu hiệu cảnh báo.
}
checklist-indicator-self-harm = { $perspective ->
    [me] Tự làm đau mình, hoặc nghĩ đến chuyện đó: bạn xứng đáng được giúp đỡ ngay, dù có chuyện gì khác đang xảy ra.
   *[other] Tự làm đau mình, hoặc nói về chuyện đó: người trẻ đó xứng đáng được giúp đỡ ngay, dù có chuyện gì khác đang xảy ra.
}

## Bảng câu hỏi: các mức kết quả

checklist-level-immediate-danger = Nguy hiểm ngay lúc này
checklist-level-immediate-danger-summary = { $perspective ->
    [me] Bạn nói bạn đang gặp nguy hiểm. Nếu làm được một cách an toàn, hãy gọi giúp đỡ ngay. Bạn có thể quay lại các câu hỏi sau.
   *[other] Bạn nói người đó đang gặp nguy hiểm. Nếu làm được một cách an toàn, hãy gọi giúp đỡ ngay. Bạn có thể quay lại các câu hỏi sau.
}
checklist-level-strong-signs = Dấu hiệu mạnh
checklist-level-strong-signs-summary = { $perspective ->
    [me] Câu trả lời của bạn cho thấy dấu hiệu rõ ràng của mua bán người hoặc bóc lột. Đây không phải là một phán xét: một trung tâm chuyên môn có thể cùng bạn xem xét hoàn cảnh của bạn.
   *[other] Câu trả lời của bạn cho thấy dấu hiệu rõ ràng của mua bán người hoặc bóc lột. Đây không phải là một phán xét: một trung tâm chuyên môn có thể cùng bạn xem xét hoàn cảnh này.
}
checklist-level-some-signs = Một vài dấu hiệu
checklist-level-some-signs-summary = { $perspective ->
    [me] Một vài câu trả lời của bạn có thể là dấu hiệu bóc lột. Chúng không chứng minh được gì, nhưng nên nói chuyện về chúng với người hiểu rõ những hoàn cảnh này.
   *[other] Một vài câu trả lời của bạn có thể là dấu hiệu bóc lột. Chúng không chứng minh được gì, nhưng nên nói chuyện về chúng với người hiểu rõ những hoàn cảnh này.
}
checklist-level-no-clear-signs = Không có dấu hiệu rõ ràng
checklist-level-no-clear-signs-summary = { $perspective ->
    [me] Câu trả lời của bạn không cho thấy dấu hiệu rõ ràng của mua bán người. Nếu bạn vẫn thấy có gì đó không ổn, bạn luôn có thể xin lời khuyên.
   *[other] Câu trả lời của bạn không cho thấy dấu hiệu rõ ràng của mua bán người. Nếu bạn vẫn thấy có gì đó không ổn, bạn luôn có thể xin lời khuyên.
}

## Bảng câu hỏi: ghi chú kèm kết quả

checklist-note-not-proof = { $perspective ->
    [me] Các dấu hiệu này lấy từ danh sách của Tổ chức Lao động Quốc tế, Ủy ban châu Âu và Liên Hợp Quốc. Chỉ dấu hiệu thôi thì không chứng minh được, cũng không loại trừ được mua bán người; chúng cho biết khi nào nên xin giúp đỡ.
   *[other] Các dấu hiệu này lấy từ danh sách của Tổ chức Lao động Quốc tế, Ủy ban châu Âu và Liên Hợp Quốc. Chỉ dấu hiệu thôi thì không chứng minh được, cũng không loại trừ được mua bán người; chúng cho biết khi nào nên xin giúp đỡ.
}
checklist-note-crisis = { $perspective ->
    [me] Nếu bạn nghĩ đến chuyện tự làm đau mình, bạn không phải ở một mình với chuyện đó. Khi nguy hiểm, hãy gọi 112. Người trẻ có thể gọi Child Focus số 116 000, miễn phí, cả ngày lẫn đêm. Lueur chưa có số đường dây phòng chống tự tử: chúng tôi chưa kiểm tra được số nào từ một nguồn tin.
   *[other] Nếu người đó nghĩ đến chuyện tự làm đau mình, họ không nên ở một mình với chuyện đó. Khi nguy hiểm, hãy gọi 112. Người trẻ có thể gọi Child Focus số 116 000, miễn phí, cả ngày lẫn đêm. Lueur chưa có số đường dây phòng chống tự tử: chúng tôi chưa kiểm tra được số nào từ một nguồn tin.
}
checklist-note-minor = { $perspective ->
    [me] Có thể bạn dưới 18 tuổi. Kiếm tiền từ hành vi tình dục, ảnh hoặc video của một người trẻ luôn luôn là bóc lột, kể cả khi người đó đã đồng ý. Với người trẻ, không cần có ép buộc hay lừa dối thì mới là mua bán người. Có những dịch vụ chỉ dành riêng cho người trẻ.
   *[other] Có thể người đó dưới 18 tuổi. Kiếm tiền từ hành vi tình dục, ảnh hoặc video của một người trẻ luôn luôn là bóc lột, kể cả khi người đó đã đồng ý. Với người trẻ, không cần có ép buộc hay lừa dối thì mới là mua bán người. Có những dịch vụ chỉ dành riêng cho người trẻ.
}
checklist-note-work-rights = { $perspective ->
    [me] Một vài câu trả lời mô tả công việc bất công. Kể cả khi đó không phải là mua bán người, nó vẫn có thể trái pháp luật, và bạn có quyền khi đi làm.
   *[other] Một vài câu trả lời mô tả công việc bất công. Kể cả khi đó không phải là mua bán người, nó vẫn có thể trái pháp luật, và người đó có quyền khi đi làm.
}
checklist-note-unsure = { $perspective ->
    [me] Bạn không chắc về một vài câu hỏi. Điều đó là bình thường. Một trung tâm chuyên môn có thể giúp bạn suy nghĩ kỹ về chúng.
   *[other] Bạn không chắc về một vài câu hỏi. Điều đó là bình thường. Một trung tâm chuyên môn có thể giúp bạn suy nghĩ kỹ về chúng.
}
checklist-note-still-worried = { $perspective ->
    [me] Một bảng câu hỏi không thể thấy hết mọi thứ. Nếu bạn lo lắng, hãy tin vào cảm giác đó và xin lời khuyên.
   *[other] Một bảng câu hỏi không thể thấy hết mọi thứ. Nếu bạn lo lắng cho người đó, hãy tin vào cảm giác đó và xin lời khuyên.
}
