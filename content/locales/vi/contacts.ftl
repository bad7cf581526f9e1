## Liên hệ

contact-emergency-112-name = 112 – Số khẩn cấp châu Âu
contact-emergency-112-description = Gọi 112 nếu tính mạng của bạn hoặc của người khác đang bị đe dọa ngay lúc này. Số này gọi được từ mọi điện thoại, ở mọi nơi trong Liên minh châu Âu.

contact-police-101-name = Cảnh sát – 101
contact-police-101-description = Bạn đang gặp nguy hiểm ngay lúc này? Hãy gọi 101 hoặc đến đồn cảnh sát địa phương.

contact-surya-name = Sürya
contact-surya-description = Một trung tâm chuyên giúp nạn nhân mua bán người ở Liège. Tại đây bạn được tư vấn và thông tin một cách bảo mật. Trung tâm cũng có thể cho chỗ ở, tùy theo số chỗ còn trống, và hỗ trợ bạn.

contact-pag-asa-name = PAG-ASA
contact-pag-asa-description = Một trung tâm chuyên giúp nạn nhân mua bán người ở Brussels. Tại đây bạn được tư vấn và thông tin một cách bảo mật. Trung tâm cũng có thể cho chỗ ở, tùy theo số chỗ còn trống, và hỗ trợ bạn.

contact-payoke-name = Payoke
contact-payoke-description = Một trung tâm chuyên giúp nạn nhân mua bán người ở Antwerp. Tại đây bạn được tư vấn và thông tin một cách bảo mật. Trung tâm cũng có thể cho chỗ ở, tùy theo số chỗ còn trống, và hỗ trợ bạn.

contact-national-contact-point-name = Đầu mối liên hệ quốc gia về mua bán người
contact-national-contact-point-description = Đây là đường dây điện thoại của stoptraite.be, đầu mối liên hệ quốc gia. Bạn có thể hỏi thông tin hoặc báo cáo một hoàn cảnh mà không cần đến cảnh sát trước.

contact-stoptraite-name = Stoptraite.be
contact-stoptraite-description = Trang web của đầu mối liên hệ quốc gia, do FPS Justice (Bộ Tư pháp liên bang) làm cùng với ba trung tâm chuyên môn. Tại đây bạn có thể tìm thông tin và báo cáo mua bán người một cách bảo mật, mà không cần đến cảnh sát trước.

contact-myria-name = Myria
contact-myria-description = Myria là cơ quan báo cáo quốc gia độc lập về mua bán người và ra một bản báo cáo mỗi năm. Nếu bạn cần giúp đỡ cho bản thân, hãy liên hệ một trung tâm chuyên môn.

contact-child-focus-name = Child Focus – 116 000
contact-child-focus-description = Miễn phí, cả ngày lẫn đêm. Dành cho trẻ em và người trẻ, và cho bất kỳ ai lo lắng cho các em, khi một đứa trẻ bị mất tích hoặc bị bóc lột tình dục.


contact-guardianship-name = Dịch vụ Giám hộ (trẻ vị thành niên không có người đi kèm)
contact-guardianship-description = Một dịch vụ của FPS Justice (Bộ Tư pháp liên bang) dành cho người trẻ dưới 18 tuổi đang ở Bỉ mà không có cha mẹ hoặc người giám hộ. Dịch vụ cử cho các em một người giám hộ, người này giúp về giấy tờ, trường học, chăm sóc sức khỏe và tìm luật sư. Bất kỳ ai cũng có thể báo cho dịch vụ về một người trẻ như vậy. Số khẩn cấp của dịch vụ trả lời cả ngày lẫn đêm.
## Các loại liên hệ

contact-kind-emergency = Khẩn cấp
contact-kind-police = Cảnh sát
contact-kind-specialised-centre = Trung tâm chuyên môn
contact-kind-national-contact-point = Đầu mối liên hệ quốc gia
contact-kind-report-website = Trang web báo cáo
contact-kind-helpline = Đường dây giúp đỡ
contact-kind-national-rapporteur = Cơ quan báo cáo quốc gia

## Vùng

region-brussels = Brussels
region-flanders = Flanders
region-wallonia = Wallonia
region-east-belgium = Đông Bỉ
region-belgium = Toàn nước Bỉ
