//! The calculator decoy's arithmetic: a pocket-calculator state machine over exact
//! decimals. It knows nothing about codes or Lueur; it only tells the caller which
//! digits were typed as a standalone number, so the caller can check them as a code.
//!
//! A decoy that computes differently from the phone's own calculator is a tell, so it
//! follows the stock iOS and Android calculators:
//! - `×` and `÷` bind tighter than `+` and `−` (`2+3×4=` is 14, `10−2×3=` is 4);
//!   operators of the same rank run left to right (`8÷2×3=` is 12);
//! - the display shows the number being typed. An operator key shows what can
//!   already be worked out: `2+3×` shows 3 (the `+` must wait for the `×`), then
//!   `2+3×4+` shows 14 and `2+3×4×` shows 12;
//! - `=` again repeats the last operator typed with its right operand, whatever came
//!   before it (`2+3==` is 8, `2+3×4==` is 14×4 = 56); `5+=` is 5+5 and
//!   `2+3×=` is 2+3×3;
//! - `%` after `+` or `−` takes a percentage of the left operand, which is
//!   everything before that operator (`50+10%=` is 55, `2×3+10%` shows 0.6);
//!   otherwise it divides by 100 (`2+3×10%=` is 2.3);
//! - `C` clears the number being typed, `AC` clears everything; the clear key shows
//!   `C` while something is typed and `AC` otherwise;
//! - an operator pressed right after another replaces it, as if the first had never
//!   been pressed (`2+×3=` is 6, `2+3×+4=` is 9);
//! - division by zero and results beyond the decimal range show an error; any digit
//!   or clear then starts afresh.

use rust_decimal::Decimal;

/// How many digits a typed number may have, and how many significant digits a result
/// shows before it switches to scientific notation.
pub const MAX_DIGITS: usize = 12;
/// Significant digits of the mantissa in scientific notation.
const SCIENTIFIC_DIGITS: usize = 10;
/// Results smaller than 10^-6 in magnitude are shown in scientific notation, so that
/// rounding to the display never turns a small value into a misleading 0.
const SMALLEST_PLAIN_EXPONENT: i32 = -6;
/// Raw typed digits beyond this length can never be a code; stop recording them.
const MAX_TYPED: usize = 16;

/// The minus sign shown on the display (U+2212, which screen readers say as "minus").
pub const MINUS: char = '\u{2212}';

/// An arithmetic operator of the calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum CalcOperator {
    /// Plus.
    Add,
    /// Minus.
    Subtract,
    /// Times.
    Multiply,
    /// Divided by.
    Divide,
}

/// One key of the calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "key", rename_all = "snake_case")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum CalcKey {
    /// A digit.
    Digit {
        /// 0 to 9.
        value: u8,
    },
    /// The decimal separator.
    Decimal,
    /// An operator.
    Operator {
        /// Which one.
        operator: CalcOperator,
    },
    /// Percent.
    Percent,
    /// Changes the sign.
    Negate,
    /// Clears the number being typed.
    Clear,
    /// Clears everything.
    AllClear,
    /// Equals.
    Equals,
}

impl CalcKey {
    /// The key a character stands for in typed key sequences (`lueur calc --keys`):
    /// digits, `.` or `,`, `+ - * / x ×  ÷ −`, `%`, `n` or `±` (sign), `c` (C),
    /// `a` (AC), `=`. Whitespace is not a key.
    pub fn from_char(c: char) -> Option<CalcKey> {
        Some(match c {
            '0'..='9' => CalcKey::Digit {
                value: c as u8 - b'0',
            },
            '.' | ',' => CalcKey::Decimal,
            '+' => CalcKey::Operator {
                operator: CalcOperator::Add,
            },
            '-' | MINUS => CalcKey::Operator {
                operator: CalcOperator::Subtract,
            },
            '*' | 'x' | 'X' | '×' => CalcKey::Operator {
                operator: CalcOperator::Multiply,
            },
            '/' | '÷' | ':' => CalcKey::Operator {
                operator: CalcOperator::Divide,
            },
            '%' => CalcKey::Percent,
            'n' | 'N' | '±' => CalcKey::Negate,
            'c' | 'C' => CalcKey::Clear,
            'a' | 'A' => CalcKey::AllClear,
            '=' => CalcKey::Equals,
            _ => return None,
        })
    }
}

/// A number being typed, kept as its digits so the display shows exactly what was
/// typed (`0,50`, `12,`) until it is used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Entry {
    /// Integer digits without leading zeros ("" is zero).
    int: String,
    /// Fraction digits, `Some` once the separator was typed.
    frac: Option<String>,
    negative: bool,
}

impl Entry {
    fn digits(&self) -> usize {
        self.int.len() + self.frac.as_ref().map_or(0, String::len)
    }

    fn is_untouched(&self) -> bool {
        self == &Entry::default()
    }

    fn value(&self) -> Decimal {
        let frac = self.frac.as_deref().unwrap_or("");
        let mut mantissa: i128 = 0;
        for b in self.int.bytes().chain(frac.bytes()) {
            mantissa = mantissa * 10 + i128::from(b - b'0');
        }
        if self.negative {
            mantissa = -mantissa;
        }
        // At most MAX_DIGITS digits: always within Decimal's 96-bit mantissa and scale.
        Decimal::try_from_i128_with_scale(mantissa, frac.len() as u32).unwrap_or_default()
    }

    fn render(&self, separator: &str) -> String {
        let mut text = String::new();
        if self.negative {
            text.push(MINUS);
        }
        text.push_str(if self.int.is_empty() { "0" } else { &self.int });
        if let Some(frac) = &self.frac {
            text.push_str(separator);
            text.push_str(frac);
        }
        text
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Typing(Entry),
    Value(Decimal),
    Error,
}

/// The calculator's whole state. `Default` is a calculator just switched on.
#[derive(Debug, Clone)]
pub struct Calculator {
    screen: Screen,
    /// Operations waiting for their right operand, each with its left operand. Ranks
    /// strictly rise towards the end, so it holds at most a `+`/`−` under a `×`/`÷`.
    stack: Vec<(Decimal, CalcOperator)>,
    /// The stack and operand as they were before the last operator key, so that an
    /// operator pressed right after it can act as if that key had never been pressed.
    before_operator: Option<(Vec<(Decimal, CalcOperator)>, Decimal)>,
    /// The screen holds a new right operand (typed, negated or a percentage) rather
    /// than the left operand still shown after an operator key.
    operand_ready: bool,
    /// The last `=` operation, repeated by pressing `=` again.
    repeat: Option<(CalcOperator, Decimal)>,
    /// The digit keys of the current entry exactly as pressed (leading zeros too).
    typed: String,
    /// The current entry is digits only: no separator, no sign change.
    typed_plain: bool,
}

impl Default for Calculator {
    fn default() -> Self {
        Calculator {
            screen: Screen::Value(Decimal::ZERO),
            stack: Vec::new(),
            before_operator: None,
            operand_ready: false,
            repeat: None,
            typed: String::new(),
            typed_plain: true,
        }
    }
}

impl Calculator {
    pub fn press(&mut self, key: CalcKey) {
        match key {
            CalcKey::Digit { value } => self.digit(value),
            CalcKey::Decimal => self.decimal(),
            CalcKey::Operator { operator } => self.operator(operator),
            CalcKey::Percent => self.percent(),
            CalcKey::Negate => self.negate(),
            CalcKey::Clear => self.clear(),
            CalcKey::AllClear => *self = Calculator::default(),
            CalcKey::Equals => self.equals(),
        }
    }

    /// The digits typed as a number on its own, with no operation pending and
    /// nothing but digit keys: what `=` would check as a code. `None` otherwise.
    pub fn code_candidate(&self) -> Option<&str> {
        let standalone =
            matches!(self.screen, Screen::Typing(_)) && self.stack.is_empty() && self.typed_plain;
        standalone.then_some(self.typed.as_str())
    }

    /// What the display shows, with `separator` between integer and fraction.
    pub fn display(&self, separator: &str, error_text: &str) -> String {
        match &self.screen {
            Screen::Typing(entry) => entry.render(separator),
            Screen::Value(value) => format_value(*value, separator),
            Screen::Error => error_text.to_string(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.screen == Screen::Error
    }

    /// The key the clear button stands for right now.
    pub fn clear_key(&self) -> CalcKey {
        match &self.screen {
            Screen::Typing(entry) if !entry.is_untouched() || !self.typed.is_empty() => {
                CalcKey::Clear
            }
            _ => CalcKey::AllClear,
        }
    }

    /// The operator waiting for its right operand, to highlight its key.
    pub fn pending_operator(&self) -> Option<CalcOperator> {
        if self.operand_ready {
            None
        } else {
            self.stack.last().map(|&(_, operator)| operator)
        }
    }

    fn current(&self) -> Decimal {
        match &self.screen {
            Screen::Typing(entry) => entry.value(),
            Screen::Value(value) => *value,
            Screen::Error => Decimal::ZERO,
        }
    }

    /// Starts a new entry unless one is being typed.
    fn start_entry(&mut self) {
        if self.screen == Screen::Error {
            *self = Calculator::default();
        }
        if !matches!(self.screen, Screen::Typing(_)) {
            if self.stack.is_empty() {
                // A number typed after a result starts a new calculation.
                self.repeat = None;
            }
            self.screen = Screen::Typing(Entry::default());
            self.typed.clear();
            self.typed_plain = true;
        }
        self.operand_ready = true;
    }

    fn digit(&mut self, digit: u8) {
        let digit = char::from(b'0' + digit.min(9));
        self.start_entry();
        let Screen::Typing(entry) = &mut self.screen else {
            return;
        };
        if entry.digits() >= MAX_DIGITS {
            return;
        }
        match &mut entry.frac {
            Some(frac) => frac.push(digit),
            None if entry.int.is_empty() && digit == '0' => {}
            None => entry.int.push(digit),
        }
        if self.typed.len() < MAX_TYPED {
            self.typed.push(digit);
        } else {
            self.typed_plain = false;
        }
    }

    fn decimal(&mut self) {
        self.start_entry();
        if let Screen::Typing(entry) = &mut self.screen
            && entry.frac.is_none()
        {
            entry.frac = Some(String::new());
        }
        self.typed_plain = false;
    }

    fn negate(&mut self) {
        match &mut self.screen {
            Screen::Error => {}
            Screen::Typing(entry) => {
                entry.negative = !entry.negative;
                self.typed_plain = false;
            }
            Screen::Value(value) => {
                *value = -*value;
                // After an operator the negated value becomes the right operand.
                self.operand_ready = !self.stack.is_empty();
            }
        }
    }

    fn percent(&mut self) {
        if self.screen == Screen::Error {
            return;
        }
        let x = self.current();
        let hundred = Decimal::ONE_HUNDRED;
        let result = match self.stack.last() {
            // A `+` or `−` is always alone on the stack: its left operand is all
            // that came before it.
            Some(&(left, CalcOperator::Add | CalcOperator::Subtract)) => {
                left.checked_mul(x).and_then(|v| v.checked_div(hundred))
            }
            _ => x.checked_div(hundred),
        };
        self.show(result);
        self.operand_ready = !self.stack.is_empty();
    }

    fn operator(&mut self, operator: CalcOperator) {
        if self.screen == Screen::Error {
            return;
        }
        let replacing = !self.operand_ready && !self.stack.is_empty();
        let operand = match self.before_operator.take() {
            Some((stack, operand)) if replacing => {
                self.stack = stack;
                operand
            }
            _ => self.current(),
        };
        self.before_operator = Some((self.stack.clone(), operand));
        match self.reduce(operand, rank(operator)) {
            Some(value) => {
                self.show(Some(value));
                self.stack.push((value, operator));
            }
            None => {
                self.show(None);
                return;
            }
        }
        self.operand_ready = false;
        self.repeat = None;
    }

    /// Works out the pending operations that bind at least as tightly as `min_rank`,
    /// `operand` being the right operand of the last one.
    fn reduce(&mut self, operand: Decimal, min_rank: u8) -> Option<Decimal> {
        let mut value = operand;
        while let Some(&(left, pending)) = self.stack.last() {
            if rank(pending) < min_rank {
                break;
            }
            self.stack.pop();
            value = apply(left, pending, value)?;
        }
        Some(value)
    }

    fn equals(&mut self) {
        if self.screen == Screen::Error {
            return;
        }
        if let Some(&(_, last)) = self.stack.last() {
            // Right after an operator the screen shows that operator's left operand,
            // which is what `5+=` uses as its right one.
            let rhs = self.current();
            let result = self.reduce(rhs, 0);
            self.show(result);
            self.repeat = Some((last, rhs));
        } else if let Screen::Typing(entry) = &self.screen {
            self.screen = Screen::Value(entry.value());
        } else if let Some((operator, rhs)) = self.repeat {
            let result = apply(self.current(), operator, rhs);
            self.show(result);
        }
        self.stack.clear();
        self.before_operator = None;
        self.operand_ready = false;
    }

    fn clear(&mut self) {
        match self.clear_key() {
            CalcKey::Clear => {
                self.screen = Screen::Typing(Entry::default());
                self.typed.clear();
                self.typed_plain = true;
            }
            _ => *self = Calculator::default(),
        }
    }

    fn show(&mut self, result: Option<Decimal>) {
        self.screen = match result {
            Some(value) => Screen::Value(value),
            None => Screen::Error,
        };
        self.typed.clear();
    }
}

/// How tightly an operator binds: `×` and `÷` before `+` and `−`.
fn rank(operator: CalcOperator) -> u8 {
    match operator {
        CalcOperator::Add | CalcOperator::Subtract => 0,
        CalcOperator::Multiply | CalcOperator::Divide => 1,
    }
}

fn apply(a: Decimal, operator: CalcOperator, b: Decimal) -> Option<Decimal> {
    match operator {
        CalcOperator::Add => a.checked_add(b),
        CalcOperator::Subtract => a.checked_sub(b),
        CalcOperator::Multiply => a.checked_mul(b),
        CalcOperator::Divide if b.is_zero() => None,
        CalcOperator::Divide => a.checked_div(b),
    }
}

/// A non-zero value as significant digits (no leading or trailing zeros) and the
/// power of ten of the first digit.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Significant {
    digits: Vec<u8>,
    exponent: i32,
}

impl Significant {
    fn of(value: Decimal) -> Option<Significant> {
        if value.is_zero() {
            return None;
        }
        let mantissa = value.mantissa().unsigned_abs().to_string();
        let scale = value.scale() as i32;
        let exponent = mantissa.len() as i32 - 1 - scale;
        let mut digits: Vec<u8> = mantissa.bytes().map(|b| b - b'0').collect();
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Some(Significant { digits, exponent })
    }

    /// Rounds half away from zero to `keep` significant digits (at least one).
    fn round(&self, keep: usize) -> Significant {
        let keep = keep.max(1);
        if self.digits.len() <= keep {
            return self.clone();
        }
        let mut digits = self.digits[..keep].to_vec();
        let mut exponent = self.exponent;
        if self.digits[keep] >= 5 {
            let mut i = keep;
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    digits.pop();
                    exponent += 1;
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        while digits.len() > 1 && digits.last() == Some(&0) {
            digits.pop();
        }
        Significant { digits, exponent }
    }
}

/// Formats a result for the display: at most [`MAX_DIGITS`] digits in plain notation,
/// else scientific notation such as `1,234567e15`.
pub fn format_value(value: Decimal, separator: &str) -> String {
    let Some(sig) = Significant::of(value) else {
        return "0".to_string();
    };
    let sign = if value.is_sign_negative() {
        MINUS.to_string()
    } else {
        String::new()
    };
    if sig.exponent >= SMALLEST_PLAIN_EXPONENT && sig.exponent < MAX_DIGITS as i32 {
        let int_digits = sig.exponent.max(0) as usize + 1;
        let decimals = MAX_DIGITS - int_digits;
        let keep = (sig.exponent + 1 + decimals as i32).max(1) as usize;
        let rounded = sig.round(keep);
        if rounded.exponent < MAX_DIGITS as i32 {
            return format!("{sign}{}", plain(&rounded, separator));
        }
    }
    let rounded = sig.round(SCIENTIFIC_DIGITS);
    let mut text = sign;
    text.push(char::from(b'0' + rounded.digits[0]));
    if rounded.digits.len() > 1 {
        text.push_str(separator);
        text.extend(rounded.digits[1..].iter().map(|d| char::from(b'0' + d)));
    }
    text.push('e');
    if rounded.exponent < 0 {
        text.push(MINUS);
    }
    text.push_str(&rounded.exponent.unsigned_abs().to_string());
    text
}

fn plain(sig: &Significant, separator: &str) -> String {
    let digit = |d: &u8| char::from(b'0' + d);
    let mut text = String::new();
    if sig.exponent < 0 {
        text.push('0');
        text.push_str(separator);
        for _ in 0..(-sig.exponent - 1) {
            text.push('0');
        }
        text.extend(sig.digits.iter().map(digit));
        return text;
    }
    let int_len = sig.exponent as usize + 1;
    for i in 0..int_len {
        text.push(sig.digits.get(i).map_or('0', digit));
    }
    if sig.digits.len() > int_len {
        text.push_str(separator);
        text.extend(sig.digits[int_len..].iter().map(digit));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(keys: &str) -> Calculator {
        let mut calc = Calculator::default();
        for c in keys.chars() {
            calc.press(CalcKey::from_char(c).expect("key"));
        }
        calc
    }

    #[test]
    fn rounding_carries_into_a_new_digit() {
        let sig = Significant {
            digits: vec![9, 9, 9, 5],
            exponent: 0,
        };
        assert_eq!(
            sig.round(3),
            Significant {
                digits: vec![1],
                exponent: 1
            }
        );
    }

    #[test]
    fn code_candidate_needs_plain_standalone_digits() {
        assert_eq!(run("0123").code_candidate(), Some("0123"));
        assert_eq!(run("5+0123").code_candidate(), None);
        assert_eq!(run("12.3").code_candidate(), None);
        assert_eq!(run("123n").code_candidate(), None);
        assert_eq!(run("5+3=1234").code_candidate(), Some("1234"));
        assert_eq!(run("12=").code_candidate(), None);
        // Precedence keeps operations pending longer; a number typed after them is
        // still part of the calculation, not a code.
        assert_eq!(run("2+3*4").code_candidate(), None);
        assert_eq!(run("2+3*4=5678").code_candidate(), Some("5678"));
    }

    #[test]
    fn the_highlighted_operator_is_the_last_one_pressed() {
        assert_eq!(run("2+3*").pending_operator(), Some(CalcOperator::Multiply));
        // Replacing `×` by `+` works out 2+3, and `+` waits.
        let replaced = run("2+3*+");
        assert_eq!(replaced.pending_operator(), Some(CalcOperator::Add));
        assert_eq!(replaced.display(".", "E"), "5");
        assert_eq!(run("2+3*4").pending_operator(), None);
    }

    proptest::proptest! {
        /// A `+`/`−` never waits above a `×`/`÷`, so at most two operations wait:
        /// the state stays tiny whatever is pressed.
        #[test]
        fn at_most_two_operations_wait(keys in "[0-9.+*/%=nca-]{0,80}") {
            let mut calc = Calculator::default();
            for c in keys.chars() {
                calc.press(CalcKey::from_char(c).expect("key"));
                proptest::prop_assert!(calc.stack.len() <= 2, "{}", keys);
                let ranks: Vec<u8> = calc.stack.iter().map(|&(_, op)| rank(op)).collect();
                proptest::prop_assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{}", keys);
            }
        }
    }
}
