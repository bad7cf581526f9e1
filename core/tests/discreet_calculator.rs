//! The calculator decoy as a person uses it: a table of key sequences with the
//! display they must give, in the point format (en) and the comma format (fr), and
//! random expressions checked against a plain evaluation with operator precedence.

use lueur_core::discreet::{
    CalcKey, CalcOperator, CalcOutcome, Calculator, CalculatorView, format_value,
};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{Lueur, LueurConfig};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::sync::Arc;

fn open(dir: &std::path::Path, locale: &str) -> Lueur {
    Lueur::open(LueurConfig {
        data_dir: dir.to_path_buf(),
        preferred_locales: vec![locale.to_string()],
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(3)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open")
}

fn view(outcome: CalcOutcome) -> CalculatorView {
    match outcome {
        CalcOutcome::Show { view } => view,
        other => panic!("the calculator opened something: {other:?}"),
    }
}

/// `E` stands for the error text; `.` is written for the decimal separator and `-`
/// for the minus sign (U+2212 on the display).
const TABLE: &[(&str, &str)] = &[
    ("", "0"),
    ("0", "0"),
    ("00", "0"),
    ("007", "7"),
    ("12+7=", "19"),
    ("0.1+0.2=", "0.3"),
    ("0.1+0.7=", "0.8"),
    ("1-0.9=", "0.1"),
    ("3*0.1=", "0.3"),
    ("0.1*0.1=", "0.01"),
    ("1.1*1.1=", "1.21"),
    ("1.005*1000=", "1005"),
    ("0.1+0.2-0.3=", "0"),
    ("1/3=", "0.33333333333"),
    ("2/3=", "0.66666666667"),
    ("1/3*3=", "1"),
    ("10/3*3=", "10"),
    ("1/3+1/3=", "0.66666666667"),
    ("10/4=", "2.5"),
    ("5/2=", "2.5"),
    ("1/8=", "0.125"),
    ("8/2/2=", "2"),
    ("7/0=", "E"),
    ("0/0=", "E"),
    ("7/0=5", "5"),
    ("7/0+", "E"),
    ("7/0+3=", "3"),
    ("7/0c", "0"),
    ("2+3*4=", "14"),
    ("10-2*3=", "4"),
    ("8/2*3=", "12"),
    ("2*3+4*5=", "26"),
    ("1+8/2/2=", "3"),
    ("2-3*4-5=", "-15"),
    ("2+3*4", "4"),
    ("2+3*4+", "14"),
    ("2+3*4*", "12"),
    ("2+3*4*5=", "62"),
    ("2+3*4*5+", "62"),
    ("2+3*4==", "56"),
    ("2*3+4==", "14"),
    ("2+3*=", "11"),
    ("2+3*+4=", "9"),
    ("2+3*4+*5=", "62"),
    ("2*+3=", "5"),
    ("2+3*4/0+", "E"),
    ("2+3*4/0+5=", "5"),
    ("2+3*4c5=", "17"),
    ("2+3*n=", "-7"),
    ("2+3+4=", "9"),
    ("2+3+", "5"),
    ("2+3*", "3"),
    ("10-2-3=", "5"),
    ("2-3-4=", "-5"),
    ("2+3==", "8"),
    ("2*3===", "54"),
    ("5+=", "10"),
    ("5*=", "25"),
    ("9-=", "0"),
    ("2+-3=", "-1"),
    ("7*-2=", "5"),
    ("3-5=", "-2"),
    ("-5=", "-5"),
    ("*5=", "0"),
    ("5=", "5"),
    ("5==", "5"),
    ("5n", "-5"),
    ("5nn", "5"),
    ("5n+3=", "-2"),
    ("4.5n*2=", "-9"),
    ("3+n=", "0"),
    ("2*3=n", "-6"),
    ("50+10%", "5"),
    ("50+10%=", "55"),
    ("50-10%=", "45"),
    ("100+5%=", "105"),
    ("50*10%=", "5"),
    ("50/10%=", "500"),
    ("25%", "0.25"),
    ("0.5%", "0.005"),
    ("2*3=%", "0.06"),
    ("2*3+10%", "0.6"),
    ("2*3+10%=", "6.6"),
    ("2+3*10%=", "2.3"),
    ("1+2+50%=", "4.5"),
    ("1.5+2.25=", "3.75"),
    ("1.50", "1.50"),
    ("1.", "1."),
    (".", "0."),
    (".5+.5=", "1"),
    ("1..5", "1.5"),
    ("1.5.2", "1.52"),
    ("123456789012", "123456789012"),
    ("1234567890123", "123456789012"),
    ("12345678901.56", "12345678901.5"),
    ("0.00000000001", "0.00000000001"),
    ("9999999999.99+0.01=", "10000000000"),
    ("999999999999+1=", "1e12"),
    ("999999999999*999999999999=", "1e24"),
    ("123456789*1000000=", "1.23456789e14"),
    ("0-999999999999*10=", "-1e13"),
    ("99999999999*99999999999=*99999999999=", "E"),
    ("1/1000000=", "0.000001"),
    ("1/1000000000=", "1e-9"),
    ("0.000001/10=", "1e-7"),
    ("2/3/1000=", "0.00066666667"),
    ("12c", "0"),
    ("12+3c=", "12"),
    ("12+3cc5=", "5"),
    ("12+3a", "0"),
    ("12+3a4=", "4"),
    ("2+3=c", "0"),
    ("2*3=4=", "4"),
    ("2*3=+4=", "10"),
    ("2*3=4+1=", "5"),
];

fn expected(text: &str, separator: &str, error: &str) -> String {
    if text == "E" {
        return error.to_string();
    }
    text.replace('.', separator).replace('-', "\u{2212}")
}

#[test]
fn the_table_gives_the_same_results_in_both_number_formats() {
    assert!(TABLE.len() >= 60, "{} sequences", TABLE.len());
    for (locale, separator, error) in [("en", ".", "Error"), ("fr", ",", "Erreur")] {
        let dir = tempfile::tempdir().expect("tempdir");
        let lueur = open(dir.path(), locale);
        let mut failures = Vec::new();
        for (keys, want) in TABLE {
            // Each sequence starts on a calculator just switched on.
            lueur.press_calculator_key(CalcKey::AllClear);
            // Keys are typed with the separator of the locale under test.
            let typed = keys.replace('.', separator);
            let got = view(lueur.press_calculator_keys(&typed).expect("keys")).display;
            let want = expected(want, separator, error);
            if got != want {
                failures.push(format!(
                    "{locale}: {typed:?} gave {got:?}, expected {want:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

#[test]
fn keys_are_labelled_in_the_locale_and_the_clear_key_follows_the_state() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "nl");
    let fresh = lueur.calculator();
    let labels: Vec<&str> = fresh
        .rows
        .iter()
        .flat_map(|row| row.keys.iter().map(|k| k.label.as_str()))
        .collect();
    assert_eq!(
        labels,
        [
            "AC", "±", "%", "÷", "7", "8", "9", "×", "4", "5", "6", "−", "1", "2", "3", "+", "0",
            ",", "="
        ]
    );
    assert_eq!(fresh.rows[0].keys[0].key, CalcKey::AllClear);
    let typing = view(lueur.press_calculator_keys("12+").expect("keys"));
    let plus = typing
        .rows
        .iter()
        .flat_map(|r| r.keys.iter())
        .find(|k| k.label == "+")
        .expect("plus key");
    assert!(plus.active, "the pending operator is highlighted");
    assert_eq!(plus.description, "Plus");
    let typing = view(lueur.press_calculator_keys("3").expect("keys"));
    assert_eq!(typing.rows[0].keys[0].key, CalcKey::Clear);
    assert_eq!(typing.rows[0].keys[0].label, "C");
    assert!(
        typing
            .rows
            .iter()
            .flat_map(|r| r.keys.iter())
            .all(|k| !k.active)
    );
}

#[test]
fn nothing_in_the_decoy_mentions_lueur_in_any_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    for locale in ["fr", "nl", "de", "en"] {
        lueur.set_locale(locale).expect("locale");
        for keys in ["", "12+", "1/0=", "123"] {
            lueur.press_calculator_key(CalcKey::AllClear);
            let json =
                serde_json::to_string(&view(lueur.press_calculator_keys(keys).expect("keys")))
                    .expect("json")
                    .to_lowercase();
            for word in [
                "lueur",
                "traffic",
                "traite",
                "mensenhandel",
                "menschenhandel",
                "help",
                "code",
                "report",
            ] {
                assert!(!json.contains(word), "{locale} {keys}: {word} in {json}");
            }
        }
    }
}

#[test]
fn unknown_characters_are_refused_before_any_key_is_pressed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    let error = lueur
        .press_calculator_keys("12+q")
        .expect_err("q is no key");
    assert_eq!(lueur.error_text(&error), "There is no key \"q\".");
    assert_eq!(lueur.calculator().display, "0");
    // Whitespace separates keys for readability.
    assert_eq!(
        view(lueur.press_calculator_keys("1 2 + 7 =").expect("keys")).display,
        "19"
    );
}

#[test]
fn quick_exit_forgets_the_calculation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = open(dir.path(), "en");
    lueur.press_calculator_keys("12+7").expect("keys");
    lueur.quick_exit();
    assert_eq!(lueur.calculator().display, "0");
}

/// One number of a random expression, typed digit by digit.
#[derive(Debug, Clone)]
struct Typed {
    int: u32,
    /// Fraction digits as typed ("05" is kept as two digits).
    frac: Option<String>,
    negative: bool,
}

impl Typed {
    fn keys(&self) -> String {
        let mut keys = self.int.to_string();
        if let Some(frac) = &self.frac {
            keys.push('.');
            keys.push_str(frac);
        }
        if self.negative {
            keys.push('n');
        }
        keys
    }

    fn value(&self) -> Decimal {
        let frac = self.frac.as_deref().unwrap_or("");
        let text = format!(
            "{}{}.{frac}0",
            if self.negative { "-" } else { "" },
            self.int
        );
        // The typed scale, not the scale of the text with its extra 0, so that the
        // reference works on exactly the decimals the calculator holds.
        let mut value: Decimal = text.parse().expect("decimal");
        value.rescale(frac.len() as u32);
        value
    }
}

fn typed_strategy() -> impl Strategy<Value = Typed> {
    let int = prop_oneof![2 => Just(0u32), 8 => 0u32..10_000];
    let frac = proptest::option::weighted(0.3, "[0-9]{1,2}");
    (int, frac, proptest::bool::weighted(0.2)).prop_map(|(int, frac, negative)| Typed {
        int,
        frac,
        negative,
    })
}

fn operator_strategy() -> impl Strategy<Value = CalcOperator> {
    prop_oneof![
        Just(CalcOperator::Add),
        Just(CalcOperator::Subtract),
        Just(CalcOperator::Multiply),
        Just(CalcOperator::Divide),
    ]
}

fn symbol(operator: CalcOperator) -> char {
    match operator {
        CalcOperator::Add => '+',
        CalcOperator::Subtract => '-',
        CalcOperator::Multiply => '*',
        CalcOperator::Divide => '/',
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

fn binds_tightly(operator: CalcOperator) -> bool {
    matches!(operator, CalcOperator::Multiply | CalcOperator::Divide)
}

/// School arithmetic, written independently of the calculator's state machine: each
/// run of `×`/`÷` is worked out left to right into a term, then the terms are added
/// and subtracted left to right. `None` is an error (division by zero, overflow).
/// With `term_only`, only the last term is worked out: what the display shows after
/// a `×` or `÷` key, while the `+` or `−` before it still waits.
fn reference(numbers: &[Decimal], operators: &[CalcOperator], term_only: bool) -> Option<Decimal> {
    let mut sum: Option<(Decimal, CalcOperator)> = None;
    let mut term = numbers[0];
    for (&operator, &number) in operators.iter().zip(&numbers[1..]) {
        if binds_tightly(operator) {
            term = apply(term, operator, number)?;
        } else {
            let left = match sum {
                None => term,
                Some((left, pending)) => apply(left, pending, term)?,
            };
            sum = Some((left, operator));
            term = number;
        }
    }
    match sum {
        Some((left, pending)) if !term_only => apply(left, pending, term),
        _ => Some(term),
    }
}

fn shown(value: Option<Decimal>) -> String {
    value.map_or_else(|| "E".to_string(), |v| format_value(v, "."))
}

fn press_all(calculator: &mut Calculator, keys: &str) {
    for c in keys.chars() {
        calculator.press(CalcKey::from_char(c).expect("key"));
    }
}

fn display(calculator: &Calculator) -> String {
    calculator.display(".", "E")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// After every operator key the display shows what precedence lets the phone's
    /// calculator work out already, `=` shows the whole expression's value, and `=`
    /// again repeats the last operator with its operand. An operator typed twice in a
    /// row counts once, as the second one.
    #[test]
    fn random_expressions_compute_like_school_arithmetic(
        first in typed_strategy(),
        rest in proptest::collection::vec(
            (operator_strategy(), proptest::option::weighted(0.15, operator_strategy()), typed_strategy()),
            1..7,
        ),
    ) {
        let mut calculator = Calculator::default();
        let mut keys = first.keys();
        press_all(&mut calculator, &keys);
        let mut numbers = vec![first.value()];
        let mut operators = Vec::new();
        for (operator, replaced, number) in &rest {
            if let Some(replaced) = replaced {
                keys.push(symbol(*replaced));
                calculator.press(CalcKey::Operator { operator: *replaced });
            }
            keys.push(symbol(*operator));
            calculator.press(CalcKey::Operator { operator: *operator });
            let want = reference(&numbers, &operators, binds_tightly(*operator));
            prop_assert_eq!(display(&calculator), shown(want), "after {}", keys);
            if want.is_none() {
                // The error stays until a digit starts afresh, as the table checks.
                return Ok(());
            }
            operators.push(*operator);
            let digits = number.keys();
            press_all(&mut calculator, &digits);
            keys.push_str(&digits);
            numbers.push(number.value());
        }
        calculator.press(CalcKey::Equals);
        let result = reference(&numbers, &operators, false);
        prop_assert_eq!(display(&calculator), shown(result), "after {}=", keys);
        let Some(result) = result else {
            return Ok(());
        };
        calculator.press(CalcKey::Equals);
        let last = *operators.last().expect("one operator at least");
        let again = apply(result, last, *numbers.last().expect("numbers"));
        prop_assert_eq!(display(&calculator), shown(again), "after {}==", keys);
    }

    /// Nothing typed before AC leaks into the next calculation: the same expression
    /// gives the same display as on a calculator just switched on.
    #[test]
    fn all_clear_after_any_keys_starts_afresh(
        before in "[0-9.+*/%=nca-]{0,40}",
        after in "[0-9.+*/%=nc-]{0,20}",
    ) {
        let mut used = Calculator::default();
        press_all(&mut used, &before);
        used.press(CalcKey::AllClear);
        let mut fresh = Calculator::default();
        for (i, c) in after.char_indices() {
            let key = CalcKey::from_char(c).expect("key");
            used.press(key);
            fresh.press(key);
            prop_assert_eq!(display(&used), display(&fresh), "{}a{}", before, &after[..i + c.len_utf8()]);
            prop_assert_eq!(used.code_candidate(), fresh.code_candidate());
            prop_assert_eq!(used.pending_operator(), fresh.pending_operator());
        }
    }
}
