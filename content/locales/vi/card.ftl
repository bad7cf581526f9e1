## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = Bản dịch này chưa được người bản ngữ kiểm tra.
text-in-other-language = Chưa được dịch: hiển thị bằng { $language }.
home-action-card = Thẻ để đưa cho người giúp đỡ
card-title = Thẻ để đưa cho người giúp đỡ
card-intro = Hãy đưa màn hình này cho người có thể giúp bạn. Không có gì trên đó được lưu lại.
card-helper-language = Ngôn ngữ của người giúp đỡ
card-add-checklist = Thêm tóm tắt danh sách câu hỏi của tôi
card-need-help = Tôi có thể cần được giúp đỡ.
card-speaks = Tôi nói { $language }.
card-interpreter = Tôi có thể cần một phiên dịch viên.
card-contact-point = Đầu mối liên lạc quốc gia
card-nearest-centre = Trung tâm chuyên biệt gần nhất
card-checklist = Tóm tắt danh sách câu hỏi của tôi
