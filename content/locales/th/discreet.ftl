## โหมดปกปิด ข้อความ calc-* เป็นคำของเครื่องคิดเลขปลอม ต้องเป็น
## คำธรรมดาของเครื่องคิดเลข และไม่พูดถึง Lueur เลย

calc-decimal-separator = { "." }
calc-error = ผิดพลาด
calc-unknown-key = ไม่มีปุ่ม "{ $key }"
calc-key-clear = C
calc-key-clear-description = ล้างค่าที่ป้อน
calc-key-all-clear = AC
calc-key-all-clear-description = ล้างทั้งหมด
calc-key-negate = ±
calc-key-negate-description = เปลี่ยนเครื่องหมาย
calc-key-percent = %
calc-key-percent-description = เปอร์เซ็นต์
calc-key-divide = ÷
calc-key-divide-description = หารด้วย
calc-key-multiply = ×
calc-key-multiply-description = คูณ
calc-key-subtract = −
calc-key-subtract-description = ลบ
calc-key-add = +
calc-key-add-description = บวก
calc-key-equals = { "=" }
calc-key-equals-description = เท่ากับ
calc-key-decimal-description = จุดทศนิยม

## การตั้งค่าโหมดปกปิด

discreet-title = โหมดปกปิด
discreet-disguise-label = Lueur จะดูเป็นอะไรในโทรศัพท์
discreet-disguise-off = เป็น Lueur
discreet-disguise-calculator = เป็นเครื่องคิดเลข
discreet-disguise-explanation = เมื่อเป็นเครื่องคิดเลข Lueur จะเปิดขึ้นมาเป็นเครื่องคิดเลขที่ใช้ได้จริง ถ้าจะเปิด Lueur ให้พิมพ์รหัสปลดล็อกแล้วกด = ตัวเลขอื่น ๆ จะให้ผลลัพธ์ธรรมดาเท่านั้น
discreet-unlock-code-label = รหัสปลดล็อก
discreet-duress-code-label = รหัสฉุกเฉิน
discreet-code-status-set = ตั้งแล้ว
discreet-code-status-not-set = ยังไม่ได้ตั้ง
discreet-duress-explanation = ถ้ามีคนบังคับให้คุณเปิด Lueur ให้พิมพ์รหัสฉุกเฉินแทน แล้ว Lueur จะเปิดขึ้นมาว่างเปล่า คำตอบและรายงานที่คุณบันทึกไว้จะไม่แสดง
discreet-duress-wipes-label = รหัสฉุกเฉินจะลบทุกอย่างที่ Lueur บันทึกไว้ด้วย
discreet-code-rules = รหัสมี { $min } ถึง { $max } หลัก เลือกรหัสที่คนอื่นเดาไม่ได้ อย่าใช้วันเกิดของคุณ
discreet-code-prompt = พิมพ์รหัสใหม่ของคุณ
discreet-code-confirm-prompt = พิมพ์รหัสเดิมอีกครั้ง
discreet-guess-delay-note = หลังจากใส่รหัสผิด { $attempts } ครั้งติดกัน เครื่องคิดเลขยังใช้ได้ แต่จะตรวจรหัสแค่ทุก ๆ { $seconds } วินาที ถ้ารหัสของคุณใช้ไม่ได้ ให้รอสักครู่แล้วลองอีกครั้ง
discreet-limits-title = สิ่งที่การปลอมตัวซ่อนไม่ได้
discreet-limit-app-list = รายการแอปในการตั้งค่าของโทรศัพท์ยังแสดง Lueur อยู่
discreet-limit-store = ประวัติการดาวน์โหลดของร้านแอปจะแสดงว่าเคยติดตั้ง Lueur
discreet-limit-phone-bill = บิลค่าโทรศัพท์อาจแสดงการโทรและข้อความของคุณ เช่น ที่โทรไปสายด่วนช่วยเหลือ
discreet-limit-backups = ข้อมูลสำรองของโทรศัพท์ เช่น บนคลาวด์ อาจแสดงว่าติดตั้ง Lueur ไว้
discreet-limit-ios-name = ใน iPhone ชื่อใต้ไอคอนยังเป็น "Lueur" เหมือนเดิม เปลี่ยนแค่รูปภาพ
discreet-limit-ios-alert = ใน iPhone ระบบจะแสดงข้อความเมื่อไอคอนเปลี่ยน
discreet-quick-exit-label = ออกอย่างรวดเร็ว
discreet-quick-exit-explanation = ปิด Lueur ทันที และลืมทุกอย่างบนหน้าจอที่ยังไม่ได้บันทึก
discreet-wipe-label = ลบทุกอย่าง

## ลบฉุกเฉิน

discreet-wipe-title = ลบทุกอย่างไหม
discreet-wipe-body = การนี้จะลบทุกอย่างที่ Lueur บันทึกไว้ในโทรศัพท์เครื่องนี้ ได้แก่ คำตอบที่บันทึกไว้ รายงาน การตั้งค่า และรหัส เอากลับคืนมาไม่ได้ หลังจากนั้น Lueur จะเหมือนเพิ่งติดตั้งใหม่
discreet-wipe-unsent = { $count ->
   *[other] มีรายงาน { $count } ฉบับที่ยังไม่ได้ส่ง รายงานเหล่านี้จะไม่ถูกส่ง
}
discreet-wipe-confirm = ลบทุกอย่าง
discreet-wipe-cancel = ยกเลิก
discreet-wipe-done = ลบทุกอย่างที่ Lueur บันทึกไว้ในโทรศัพท์เครื่องนี้แล้ว

## ข้อผิดพลาด

error-discreet-code-format = รหัสต้องเป็นตัวเลข 6 ถึง 8 หลัก และไม่มีอย่างอื่น
error-discreet-code-mismatch = รหัสสองครั้งไม่เหมือนกัน กรุณาเริ่มใหม่
error-discreet-code-same = รหัสฉุกเฉินต้องไม่เหมือนรหัสปลดล็อก
error-discreet-code-first = กรุณาพิมพ์รหัสใหม่ก่อน แล้วพิมพ์อีกครั้งเพื่อยืนยัน
error-discreet-code-needed = กรุณาเลือกรหัสปลดล็อกก่อน ถ้าไม่มีรหัสนี้ คุณจะเปิด Lueur ที่อยู่หลังเครื่องคิดเลขไม่ได้
error-discreet-unlock-first = กรุณาเลือกรหัสปลดล็อกก่อนรหัสฉุกเฉิน
error-discreet-disguise-on = กรุณาปิดการปลอมเป็นเครื่องคิดเลขก่อนลบรหัสปลดล็อก
error-discreet-disguise-unknown = "{ $value }" ไม่ใช่แบบการปลอมตัว เลือก "off" (ปิด) หรือ "calculator" (เครื่องคิดเลข)
error-discreet-wipe-not-confirmed = ยังไม่ได้ลบอะไร ถ้าจะลบทุกอย่าง กรุณายืนยันก่อน
discreet-code-lock-label = ถามรหัสปลดล็อกทุกครั้งที่เปิด Lueur
discreet-code-lock-explanation = แล้ว Lueur จะเปิดขึ้นมาที่หน้าใส่รหัส แม้ไม่มีเครื่องคิดเลข คำตอบและรายงานที่คุณบันทึกไว้จะถูกซ่อนไว้จนกว่าจะพิมพ์รหัส
discreet-current-code-prompt = พิมพ์รหัสปลดล็อกปัจจุบันของคุณ
discreet-limit-call-list = การโทรหรือส่งข้อความถึงผู้ช่วยเหลือจะยังอยู่ในรายการโทรหรือแอปข้อความของโทรศัพท์

## ล็อกด้วยรหัสธรรมดา (ไม่ปลอมตัว)

lock-title = Lueur
lock-prompt = พิมพ์รหัสปลดล็อกของคุณ
lock-unlock = เปิด
lock-error-wrong = รหัสนี้เปิด Lueur ไม่ได้
lock-error-wait = ใส่รหัสผิดหลายครั้งเกินไป รอ { $seconds } วินาที แล้วลองอีกครั้ง
error-discreet-current-code-wrong = นี่ไม่ใช่รหัสปลดล็อกปัจจุบันของคุณ
