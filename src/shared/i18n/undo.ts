// Words for undoing the last change to a note, task, goal or QBR narrative (#18 point 10): the
// toast offered after each change, what Ctrl/Cmd+Z did, and why an undo was refused. Spread
// into the app catalogues, so th and tr must carry every key (a type error otherwise).

export const UNDO_EN = {
  'undo.button': 'Undo',
  'undo.region': 'Last change',
  'undo.action.note.add': 'Note added',
  'undo.action.task.complete': 'Task completed',
  'undo.action.task.dismiss': 'Task dismissed',
  'undo.action.goal.add': 'Goal added',
  'undo.action.goal.edit': 'Goal edited',
  'undo.action.goal.close': 'Goal closed',
  'undo.action.goal.reopen': 'Goal reopened',
  'undo.action.narrative.save': 'QBR narrative saved',
  'undo.done': 'Undone: {action}',
  'undo.nothing': 'Nothing to undo.',
  'undo.moved': 'Another change was made since; undo again to revert the newest one.',
  'undo.stale': '“{label}” was changed since (by an import or elsewhere), so it was left as it is.',
  'undo.failed': 'Could not undo: {message}',
  'shortcuts.undo': 'Undo the last change to a note, task, goal or narrative',
};

export const UNDO_TH: Record<keyof typeof UNDO_EN, string> = {
  'undo.button': 'เลิกทำ',
  'undo.region': 'การเปลี่ยนแปลงล่าสุด',
  'undo.action.note.add': 'เพิ่มบันทึกแล้ว',
  'undo.action.task.complete': 'ทำงานเสร็จแล้ว',
  'undo.action.task.dismiss': 'ปิดงานแล้ว',
  'undo.action.goal.add': 'เพิ่มเป้าหมายแล้ว',
  'undo.action.goal.edit': 'แก้ไขเป้าหมายแล้ว',
  'undo.action.goal.close': 'ปิดเป้าหมายแล้ว',
  'undo.action.goal.reopen': 'เปิดเป้าหมายอีกครั้งแล้ว',
  'undo.action.narrative.save': 'บันทึกเนื้อหา QBR แล้ว',
  'undo.done': 'เลิกทำแล้ว: {action}',
  'undo.nothing': 'ไม่มีอะไรให้เลิกทำ',
  'undo.moved': 'มีการเปลี่ยนแปลงอื่นเกิดขึ้นหลังจากนั้น กดเลิกทำอีกครั้งเพื่อย้อนการเปลี่ยนแปลงล่าสุด',
  'undo.stale': '“{label}” ถูกเปลี่ยนไปแล้ว (จากการนำเข้าหรือที่อื่น) จึงคงไว้ตามเดิม',
  'undo.failed': 'เลิกทำไม่ได้: {message}',
  'shortcuts.undo': 'เลิกทำการเปลี่ยนแปลงล่าสุดของบันทึก งาน เป้าหมาย หรือเนื้อหา QBR',
};

export const UNDO_TR: Record<keyof typeof UNDO_EN, string> = {
  'undo.button': 'Geri al',
  'undo.region': 'Son değişiklik',
  'undo.action.note.add': 'Not eklendi',
  'undo.action.task.complete': 'Görev tamamlandı',
  'undo.action.task.dismiss': 'Görev kapatıldı',
  'undo.action.goal.add': 'Hedef eklendi',
  'undo.action.goal.edit': 'Hedef düzenlendi',
  'undo.action.goal.close': 'Hedef kapatıldı',
  'undo.action.goal.reopen': 'Hedef yeniden açıldı',
  'undo.action.narrative.save': 'QBR anlatımı kaydedildi',
  'undo.done': 'Geri alındı: {action}',
  'undo.nothing': 'Geri alınacak bir şey yok.',
  'undo.moved':
    'Sonrasında başka bir değişiklik yapıldı; en yenisini geri almak için yeniden geri alın.',
  'undo.stale':
    '“{label}” sonradan değişti (bir içe aktarma ya da başka bir yerden), bu yüzden olduğu gibi bırakıldı.',
  'undo.failed': 'Geri alınamadı: {message}',
  'shortcuts.undo': 'Not, görev, hedef veya anlatımdaki son değişikliği geri al',
};
