## รายงานที่เป็นความลับ: แบบฟอร์ม กล่องขาออก และข้อความต่าง ๆ

report-form-title = เขียนรายงานที่เป็นความลับ
report-form-intro = เขียนสิ่งที่คุณรู้ นี่ไม่ใช่การแจ้งความกับตำรวจ ต้องกรอกแค่ "เกิดอะไรขึ้น" เท่านั้น เรื่องที่คุณไม่อยากบอกข้ามไปได้
report-form-privacy = รายงานของคุณจะถูกล็อกไว้ในโทรศัพท์เครื่องนี้ก่อนบันทึก มีแต่องค์กรที่ได้รับรายงานเท่านั้นที่เปิดอ่านได้ รายงานจะถูกส่งเมื่อมีสัญญาณอินเทอร์เน็ต แม้จะช้ากว่านี้ก็ตาม
# Names who opens the report; the core passes the deploying organisation's name.
report-recipient = รายงานของคุณจะส่งไปที่ { $organisation } นี่ไม่ใช่การแจ้งความกับตำรวจ และไม่ได้ส่งไปที่ stoptraite.be ถ้าตอนนี้คุณตกอยู่ในอันตราย ให้โทร 112 หรือ 101
report-development-key = เวอร์ชันทดลอง: รายงานถูกล็อกด้วยกุญแจทดลองที่เปิดเผยต่อสาธารณะ อย่าเขียนข้อมูลจริงในเวอร์ชันนี้
report-send = ส่งรายงาน
report-skip-hint = กด Enter เพื่อข้าม
report-choose-one-hint = พิมพ์ตัวเลขหนึ่งตัว
report-choose-many-hint = พิมพ์ตัวเลขหนึ่งตัวหรือมากกว่า คั่นด้วยช่องว่าง

report-field-about = เรื่องนี้เกี่ยวกับใคร
report-about-me = ฉัน
report-about-someone-else = คนอื่น
report-field-forms = เป็นสถานการณ์แบบไหน
    .hint = คุณเลือกได้มากกว่าหนึ่งข้อ หรือเลือก "ฉันไม่แน่ใจ"
report-form-sexual = ถูกบังคับให้ค้าประเวณี หรือถูกแสวงหาประโยชน์ทางเพศ
report-form-labour = ทำงานในสภาพที่แย่มาก หรือไม่ได้รับค่าจ้าง
report-form-begging = ถูกบังคับให้ขอทาน
report-form-forced-crime = ถูกบังคับให้ทำผิดกฎหมาย
report-form-organ-removal = การตัดอวัยวะ
report-form-other = เรื่องอื่น
report-form-not-sure = ฉันไม่แน่ใจ
report-field-municipality = ในเมืองหรือเทศบาลไหน
report-field-place = ที่ไหนแน่
    .hint = เช่น ชื่อถนน ประเภทของสถานที่ หรือชื่อร้านหรือบริษัท
report-field-when = เมื่อไร
    .hint = เช่น "ตั้งแต่หน้าร้อนปีที่แล้ว" หรือ "ทุกคืน"
report-field-what-happened = เกิดอะไรขึ้น
    .hint = เขียนด้วยคำพูดของคุณเอง คุณเขียนเป็นภาษาอะไรก็ได้
report-field-people = มีใครเกี่ยวข้องบ้าง
    .hint = เช่น ชื่อ ชื่อเล่น หน้าตา รถยนต์ หรือเบอร์โทรศัพท์
report-field-contact = องค์กรติดต่อคุณได้ไหม
    .hint = เฉพาะเมื่อปลอดภัยสำหรับคุณเท่านั้น
report-contact-no-contact = ไม่ อย่าติดต่อฉัน
report-contact-phone = ได้ ทางโทรศัพท์
report-contact-email = ได้ ทางอีเมล
report-field-contact-phone = เบอร์โทรศัพท์
report-field-contact-email = ที่อยู่อีเมล
report-field-contact-note = ติดต่อคุณเมื่อไรและอย่างไรถึงจะปลอดภัย
    .hint = เช่น "เฉพาะวันธรรมดาก่อน 9 โมง" หรือ "อย่าฝากข้อความไว้"
report-field-language = คุณอยากให้ติดต่อเป็นภาษาอะไร
    .hint = เช่น fr, nl, de, en, ar หรือ ro
report-field-checklist-summary = สรุปคำตอบในแบบสอบถามของคุณ
    .hint = เฉพาะถ้าคุณอยากแนบไปด้วย

report-outbox-title = รายงาน
report-outbox-empty = ไม่มีรายงานในโทรศัพท์เครื่องนี้
report-state-queued = รอส่ง
report-state-sending = กำลังส่ง
report-state-sent = ส่งแล้ว
report-state-failed = ต้องให้คุณดู
report-state-expired = ไม่ได้ส่ง
report-detail-queued = ล็อกแล้วและกำลังรอสัญญาณอินเทอร์เน็ต รายงานจะถูกส่งเอง
report-detail-retrying = ครั้งที่แล้วส่งไม่สำเร็จ จะลองอีกครั้งในอีกประมาณ { $minutes ->
       *[other] { $minutes } นาที
    }
report-detail-sending = กำลังส่งอยู่
report-detail-sent = องค์กรได้รับแล้ว
report-detail-failed = องค์กรรับรายงานนี้ไม่ได้ คุณลองอีกครั้งหรือลบทิ้งได้
report-detail-expired = ส่งไม่ทันเวลาและถูกลบออกจากโทรศัพท์เครื่องนี้แล้ว คุณเขียนใหม่ได้
report-age = { $days ->
        [0] วันนี้
        [1] เมื่อวาน
       *[other] { $days } วันที่แล้ว
    }
report-action-retry = ลองอีกครั้ง
report-action-delete = ลบ

report-error-required = กรุณาเขียนว่าเกิดอะไรขึ้น
report-error-too-long = ยาวเกินไป กรุณาเขียนไม่เกิน { $max } ตัวอักษร
report-error-phone = นี่ดูไม่เหมือนเบอร์โทรศัพท์ กรุณาตรวจดู และใส่รหัสประเทศถ้าไม่ใช่เบอร์เบลเยียม
report-error-email = นี่ดูไม่เหมือนที่อยู่อีเมล กรุณาตรวจดู
report-error-language = กรุณาเขียนรหัสภาษา เช่น fr, nl, de หรือ en
report-error-repeated-choice = มีตัวเลือกหนึ่งซ้ำสองครั้ง กรุณาเลือกแต่ละข้อครั้งเดียว
report-error-file = อ่านไฟล์รายงานไม่ได้ (บรรทัด { $line } คอลัมน์ { $column })
report-error-too-large = รายงานใหญ่เกินกว่าจะส่งได้ กรุณาเขียนคำตอบบางข้อให้สั้นลง
report-error-cannot-delete = ตอนนี้ลบรายงานนี้ไม่ได้ เพราะกำลังส่งอยู่ ลองอีกครั้งในอีกสักครู่
report-error-cannot-retry = ลองส่งใหม่ได้เฉพาะรายงานที่ต้องให้คุณดูเท่านั้น
report-error-choice = ตัวเลือกนี้ไม่อยู่ในรายการ กรุณาเลือกใหม่
report-error-not-asked = คำถามนี้ไม่เกี่ยวกับคำตอบของคุณ ไม่ได้เก็บอะไรไว้ที่นี่
