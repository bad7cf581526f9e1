## 隐蔽模式。calc-* 消息是伪装计算器自己的文字：它们必须
## 只是普通的计算器用语，不能提到 Lueur。

calc-decimal-separator = { "." }
calc-error = 错误
calc-unknown-key = 没有“{ $key }”键。
calc-key-clear = C
calc-key-clear-description = 清除输入
calc-key-all-clear = AC
calc-key-all-clear-description = 全部清除
calc-key-negate = ±
calc-key-negate-description = 改变正负号
calc-key-percent = %
calc-key-percent-description = 百分比
calc-key-divide = ÷
calc-key-divide-description = 除以
calc-key-multiply = ×
calc-key-multiply-description = 乘以
calc-key-subtract = −
calc-key-subtract-description = 减
calc-key-add = +
calc-key-add-description = 加
calc-key-equals = { "=" }
calc-key-equals-description = 等于
calc-key-decimal-description = 小数点

## 隐蔽模式设置

discreet-title = 隐蔽模式
discreet-disguise-label = Lueur 在手机上的样子
discreet-disguise-off = 显示为 Lueur
discreet-disguise-calculator = 显示为计算器
discreet-disguise-explanation = 显示为计算器时，Lueur 打开后是一个真的能用的计算器。要打开 Lueur，请输入您的解锁码，然后按 =。输入其他数字只会得到普通的计算结果。
discreet-unlock-code-label = 解锁码
discreet-duress-code-label = 紧急码
discreet-code-status-set = 已设置
discreet-code-status-not-set = 还没有设置
discreet-duress-explanation = 如果有人逼您打开 Lueur，请输入紧急码。这时 Lueur 打开后是空的：不会显示您保存的回答和报告。
discreet-duress-wipes-label = 紧急码也会删除 Lueur 保存的所有内容
discreet-code-rules = 密码有 { $min } 到 { $max } 位数字。请选一个别人猜不到的，不要用您的生日。
discreet-code-prompt = 请输入您的新密码。
discreet-code-confirm-prompt = 请再输入一次同样的密码。
discreet-guess-delay-note = 连续输错 { $attempts } 次以后，计算器还能用，但每 { $seconds } 秒才检查一次密码。如果您的密码不起作用，请等一会儿再试。
discreet-limits-title = 伪装无法隐藏的东西
discreet-limit-app-list = 手机设置里的应用列表仍然会显示 Lueur。
discreet-limit-store = 应用商店的下载记录会显示安装过 Lueur。
discreet-limit-phone-bill = 电话账单可能会显示您的通话和短信，比如打给求助热线的电话。
discreet-limit-backups = 手机的备份，比如云端备份，可能会显示安装了 Lueur。
discreet-limit-ios-name = 在 iPhone 上，图标下面的名字还是“Lueur”。只有图片会变。
discreet-limit-ios-alert = 在 iPhone 上，图标改变时系统会显示一条提示。
discreet-quick-exit-label = 快速退出
discreet-quick-exit-explanation = 立刻关闭 Lueur，并忘掉屏幕上所有没有保存的内容。
discreet-wipe-label = 删除所有内容

## 紧急删除

discreet-wipe-title = 删除所有内容吗？
discreet-wipe-body = 这会删除 Lueur 在这部手机上保存的所有内容：保存的回答、报告、设置和密码。删除后无法恢复。之后，Lueur 就像刚安装的一样。
discreet-wipe-unsent = { $count ->
   *[other] 有 { $count } 份报告还没有发送。它们将不会被发送。
}
discreet-wipe-confirm = 删除所有内容
discreet-wipe-cancel = 取消
discreet-wipe-done = Lueur 在这部手机上保存的所有内容都已删除。

## 错误

error-discreet-code-format = 密码只能是 6 到 8 位数字，不能有别的。
error-discreet-code-mismatch = 两次输入的密码不一样。请重新开始。
error-discreet-code-same = 紧急码必须和解锁码不一样。
error-discreet-code-first = 请先输入新密码，然后再输入一次来确认。
error-discreet-code-needed = 请先选择一个解锁码。没有它，您就无法在计算器后面打开 Lueur。
error-discreet-unlock-first = 请先选择解锁码，再选择紧急码。
error-discreet-disguise-on = 删除解锁码之前，请先关闭计算器伪装。
error-discreet-disguise-unknown = “{ $value }”不是一种伪装。请选择“off”（关闭）或“calculator”（计算器）。
error-discreet-wipe-not-confirmed = 什么都没有删除。要删除所有内容，请先确认。
discreet-code-lock-label = 每次打开 Lueur 时都要求输入解锁码
discreet-code-lock-explanation = 这时 Lueur 打开后是一个输入密码的页面，没有计算器也一样。在输入密码之前，您保存的回答和报告都会隐藏。
discreet-current-code-prompt = 请输入您现在的解锁码。
discreet-limit-call-list = 打给求助人员的电话或发给他们的短信会留在手机的通话记录或短信应用里。

## 简单密码锁（不伪装）

lock-title = Lueur
lock-prompt = 请输入您的解锁码。
lock-unlock = 打开
lock-error-wrong = 这个密码打不开 Lueur。
lock-error-wait = 输错太多次了。请等 { $seconds } 秒，然后再试。
error-discreet-current-code-wrong = 这不是您现在的解锁码。
