## The review notice, the fallback note and the helper card (written for
## issue 16, review pending like the rest of this pack).

pack-review-pending = คำแปลนี้ยังไม่ได้รับการตรวจโดยเจ้าของภาษา
text-in-other-language = ยังไม่ได้แปล: แสดงเป็นภาษา{ $language }
home-action-card = บัตรสำหรับให้ผู้ช่วยเหลือดู
card-title = บัตรสำหรับให้ผู้ช่วยเหลือดู
card-intro = ให้คนที่ช่วยคุณได้ดูหน้าจอนี้ ไม่มีอะไรในหน้านี้ถูกบันทึกไว้
card-helper-language = ภาษาของผู้ช่วยเหลือ
card-add-checklist = เพิ่มสรุปแบบสอบถามของฉัน
card-need-help = ฉันอาจต้องการความช่วยเหลือ
card-speaks = ฉันพูดภาษา{ $language }
card-interpreter = ฉันอาจต้องการล่าม
card-contact-point = จุดติดต่อระดับชาติ
card-nearest-centre = ศูนย์เฉพาะทางที่ใกล้ที่สุด
card-checklist = สรุปแบบสอบถามของฉัน
