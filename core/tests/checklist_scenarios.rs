//! Written scenarios, each a situation a person could describe, with the level and
//! the elements present (by the ILO/EC combination rule) that the checklist must give.
//! Expectations were worked out by hand from content/checklist/*.toml, not by running
//! the engine. Adults and minors, "me" and "someone I know", every form of
//! exploitation, and labour-law cases that are not trafficking.

use lueur_core::checklist::{Level, Perspective};
use lueur_core::env::{ManualClock, SeededRandom};
use lueur_core::{Lueur, LueurConfig};
use std::sync::Arc;

struct Scenario {
    name: &'static str,
    about: Perspective,
    minor: bool,
    answers: &'static [(&'static str, &'static str)],
    level: Level,
    present: &'static [&'static str],
}

use Level::*;
use Perspective::{Me, Other};

const DR: &str = "deceptive-recruitment";
const CR: &str = "coercive-recruitment";
const VR: &str = "vulnerability-recruitment";
const EC: &str = "exploitative-conditions";
const CD: &str = "coercion-destination";
const VD: &str = "vulnerability-destination";
const WS: &str = "warning-signs";

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "adult deceived into farm work, papers kept, threatened",
        about: Other,
        minor: false,
        answers: &[
            ("danger-now", "no"),
            ("situation", "labour"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-documents", "yes"),
            ("g-threats", "yes"),
            ("l-hours", "yes"),
            ("l-pay", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EC, CD],
    },
    Scenario {
        name: "labour law: long hours, low pay, undeclared, but free and not deceived",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-promised-other", "no"),
            ("g-documents", "no"),
            ("g-free-to-leave", "yes"),
            ("g-threats", "no"),
            ("l-hours", "yes"),
            ("l-pay", "yes"),
            ("l-contract", "yes"),
            ("l-quit", "yes"),
        ],
        level: NoClearSigns,
        present: &[EC],
    },
    Scenario {
        name: "labour law: wages late and no contract",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("l-pay", "yes"),
            ("l-contract", "yes"),
            ("l-hours", "no"),
        ],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "labour law: undeclared and unsafe building site",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("l-contract", "yes"),
            ("l-hazard", "yes"),
            ("l-hours", "no"),
            ("l-quit", "yes"),
        ],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "exploitative work with a threat to call immigration",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("l-hours", "yes"),
            ("l-pay", "yes"),
            ("g-threats", "yes"),
            ("g-threat-report", "yes"),
        ],
        level: SomeSigns,
        present: &[EC],
    },
    Scenario {
        name: "domestic servitude found through living in the employer's home",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-documents", "yes"),
            ("g-dependent", "yes"),
            ("g-fear-police", "yes"),
            ("l-live-in", "yes"),
            ("d-rest", "no"),
            ("d-room", "no"),
            ("d-out", "no"),
            ("d-pay", "no"),
            ("d-phone", "no"),
        ],
        level: StrongSigns,
        present: &[DR, EC, CD, VD],
    },
    Scenario {
        name: "domestic worker kept in, no rest, unpaid",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "domestic"),
            ("d-rest", "no"),
            ("d-pay", "no"),
            ("d-out", "no"),
        ],
        level: SomeSigns,
        present: &[EC],
    },
    Scenario {
        name: "au pair with fair conditions",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "domestic"),
            ("g-promised-other", "no"),
            ("g-documents", "no"),
            ("g-free-to-leave", "yes"),
            ("d-rest", "yes"),
            ("d-room", "yes"),
            ("d-food", "yes"),
            ("d-out", "yes"),
            ("d-pay", "yes"),
            ("d-phone", "yes"),
        ],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "escort: promised a waitress job, clients imposed, money taken, passport kept",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-documents", "yes"),
            ("s-refuse", "no"),
            ("s-keep-money", "no"),
            ("s-hours", "yes"),
            ("s-organised", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EC, CD],
    },
    Scenario {
        name: "independent adult sex worker",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("g-promised-other", "no"),
            ("g-documents", "no"),
            ("g-free-to-leave", "yes"),
            ("s-refuse", "yes"),
            ("s-keep-money", "yes"),
            ("s-hours", "no"),
            ("s-organised", "no"),
            ("s-online", "no"),
            ("s-living", "no"),
        ],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "adult forced to perform on camera under threats and violence",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("s-online", "yes"),
            ("s-hours", "yes"),
            ("g-threats", "yes"),
            ("g-violence", "yes"),
        ],
        level: SomeSigns,
        present: &[EC, CD],
    },
    Scenario {
        name: "minor made to send sexual pictures for someone's profit",
        about: Me,
        minor: true,
        answers: &[("situation", "sexual"), ("s-online", "yes")],
        level: SomeSigns,
        present: &[],
    },
    Scenario {
        name: "minor groomed by a teen pimp through every phase",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "relationship"),
            ("t-older", "yes"),
            ("t-gifts", "yes"),
            ("t-love", "yes"),
            ("t-hard-time", "yes"),
            ("t-need", "yes"),
            ("t-cut-off", "yes"),
            ("t-away", "yes"),
            ("t-asked-sex", "yes"),
        ],
        level: StrongSigns,
        present: &[VR, EC],
    },
    Scenario {
        name: "parent sees teen pimp signals, not sure about sex",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "relationship"),
            ("t-older", "yes"),
            ("t-gifts", "yes"),
            ("t-changes", "yes"),
            ("t-mood", "yes"),
            ("t-away", "yes"),
            ("t-asked-sex", "unsure"),
        ],
        level: SomeSigns,
        present: &[WS],
    },
    Scenario {
        name: "young adult woman in a loverboy relationship with a debt",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "relationship"),
            ("t-love", "yes"),
            ("t-need", "yes"),
            ("t-hard-time", "yes"),
            ("t-gifts", "yes"),
            ("t-cut-off", "yes"),
            ("t-asked-sex", "yes"),
            ("t-owe", "yes"),
        ],
        level: SomeSigns,
        present: &[VR],
    },
    Scenario {
        name: "adult forced to beg, papers kept, watched",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "begging"),
            ("b-quota", "yes"),
            ("b-punished", "yes"),
            ("b-brought", "yes"),
            ("g-documents", "yes"),
        ],
        level: SomeSigns,
        present: &[CD],
    },
    Scenario {
        name: "child brought by force to beg all day instead of school",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "begging"),
            ("g-forced-start", "yes"),
            ("g-debt", "yes"),
            ("g-debt-travel", "yes"),
            ("b-quota", "yes"),
            ("b-hours", "yes"),
            ("b-brought", "yes"),
            ("b-school", "yes"),
        ],
        level: StrongSigns,
        present: &[CR, EC, CD],
    },
    Scenario {
        name: "adult deceived, kept in a cannabis house to work off a debt",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "criminality"),
            ("g-promised-other", "yes"),
            ("g-promised-papers", "yes"),
            ("c-made-to", "yes"),
            ("c-kept-in", "yes"),
            ("c-conditions", "yes"),
            ("c-profits", "yes"),
            ("c-debt", "yes"),
            ("c-lie", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EC, CD],
    },
    Scenario {
        name: "young person made to steal, told what to say, nothing else known",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "criminality"),
            ("c-made-to", "yes"),
            ("c-lie", "yes"),
        ],
        level: SomeSigns,
        present: &[],
    },
    Scenario {
        name: "not sure what kind: papers kept, cannot leave, money taken",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "not-sure"),
            ("g-documents", "yes"),
            ("g-free-to-leave", "no"),
            ("g-money-taken", "yes"),
            ("g-debt", "skip"),
        ],
        level: SomeSigns,
        present: &[CD],
    },
    Scenario {
        name: "not sure what kind, every general answer no",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "not-sure"),
            ("g-promised-other", "no"),
            ("g-forced-start", "no"),
            ("g-hard-time", "no"),
            ("g-documents", "no"),
            ("g-free-to-leave", "yes"),
            ("g-debt", "no"),
            ("g-money-taken", "no"),
            ("g-threats", "no"),
            ("g-violence", "no"),
            ("g-dependent", "no"),
            ("g-isolated", "no"),
            ("g-fear-police", "no"),
        ],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "in danger now, whatever else is answered",
        about: Me,
        minor: false,
        answers: &[
            ("danger-now", "yes"),
            ("situation", "labour"),
            ("l-pay", "yes"),
        ],
        level: ImmediateDanger,
        present: &[],
    },
    Scenario {
        name: "a minor locked in right now",
        about: Other,
        minor: true,
        answers: &[("danger-now", "no"), ("locked-in-now", "yes")],
        level: ImmediateDanger,
        present: &[],
    },
    Scenario {
        name: "not sure about everything asked",
        about: Me,
        minor: false,
        answers: &[
            ("danger-now", "unsure"),
            ("situation", "labour"),
            ("l-hours", "unsure"),
            ("g-documents", "unsure"),
            ("g-debt", "unsure"),
        ],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "adult forced to come, debt for the journey, dependent and isolated",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-forced-start", "yes"),
            ("g-debt", "yes"),
            ("g-debt-travel", "yes"),
            ("g-dependent", "yes"),
            ("g-isolated", "yes"),
            ("g-fear-police", "yes"),
            ("l-hours", "yes"),
            ("l-housing", "yes"),
        ],
        level: StrongSigns,
        present: &[CR, EC, VD],
    },
    Scenario {
        name: "teenager working long unpaid hours",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "labour"),
            ("l-hours", "yes"),
            ("l-pay", "yes"),
        ],
        level: SomeSigns,
        present: &[EC],
    },
    Scenario {
        name: "adult who was in a hard time when the job started, nothing else",
        about: Me,
        minor: false,
        answers: &[("situation", "not-sure"), ("g-hard-time", "yes")],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "minor lured with a false job into selling sex, missing school",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "sexual"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("s-keep-money", "no"),
            ("t-away", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EC],
    },
    Scenario {
        name: "labour law: no contract, everything else fine",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("l-hours", "no"),
            ("l-pay", "no"),
            ("l-contract", "yes"),
            ("l-hazard", "no"),
            ("l-housing", "no"),
            ("l-quit", "yes"),
            ("l-live-in", "no"),
        ],
        level: NoClearSigns,
        present: &[],
    },
    Scenario {
        name: "answers to modules that are not asked are ignored",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("s-refuse", "no"),
            ("s-hours", "yes"),
            ("b-brought", "yes"),
            ("c-debt", "yes"),
        ],
        level: NoClearSigns,
        present: &[],
    },
];

fn lueur() -> (tempfile::TempDir, Lueur) {
    let dir = tempfile::tempdir().expect("tempdir");
    let lueur = Lueur::open(LueurConfig {
        data_dir: dir.path().to_path_buf(),
        preferred_locales: vec!["en".into()],
        clock: Arc::new(ManualClock::new(1_700_000_000_000)),
        random: Arc::new(SeededRandom::new(3)),
        secrets: Arc::new(lueur_core::env::MemorySecretStore::new(
            lueur_core::env::SeededRandom::new(1),
        )),
    })
    .expect("open");
    (dir, lueur)
}

fn answers(s: &Scenario) -> Vec<(String, String)> {
    s.answers
        .iter()
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect()
}

#[test]
fn every_scenario_gives_its_level_and_elements() {
    assert!(SCENARIOS.len() >= 25, "{} scenarios", SCENARIOS.len());
    let (_dir, lueur) = lueur();
    let mut failures = Vec::new();
    for s in SCENARIOS {
        let evaluation = lueur
            .checklist_evaluate(&answers(s), Some(s.about), Some(s.minor))
            .unwrap_or_else(|e| panic!("{}: {e}", s.name));
        let result = evaluation.result;
        let present: Vec<&str> = result
            .groups
            .iter()
            .filter(|g| g.present)
            .map(|g| g.id.as_str())
            .collect();
        if result.level != s.level || present != s.present || result.minor != s.minor {
            failures.push(format!(
                "{}: expected {:?} {:?} (minor {}), got {:?} {:?} (minor {})",
                s.name, s.level, s.present, s.minor, result.level, present, result.minor
            ));
        }
        let me = matches!(s.about, Me);
        assert_eq!(
            result.perspective,
            if me { Me } else { Other },
            "{}",
            s.name
        );
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_scenarios_cover_adults_minors_both_perspectives_and_every_form() {
    let forms = [
        "sexual",
        "labour",
        "domestic",
        "begging",
        "criminality",
        "relationship",
        "not-sure",
    ];
    for form in forms {
        assert!(
            SCENARIOS
                .iter()
                .any(|s| s.answers.contains(&("situation", form))),
            "no scenario for {form}"
        );
    }
    for (minor, about) in [(false, Me), (false, Other), (true, Me), (true, Other)] {
        assert!(
            SCENARIOS
                .iter()
                .any(|s| s.minor == minor && s.about == about),
            "no scenario for minor={minor} about={about:?}"
        );
    }
    for level in Level::ALL {
        assert!(
            SCENARIOS.iter().any(|s| s.level == level),
            "no scenario with {level:?}"
        );
    }
}

#[test]
fn results_never_call_anyone_a_victim() {
    let (_dir, lueur) = lueur();
    for locale in ["en", "fr", "nl", "de"] {
        lueur.set_locale(locale).expect("locale");
        for s in SCENARIOS {
            let result = lueur
                .checklist_evaluate(&answers(s), Some(s.about), Some(s.minor))
                .expect("evaluate")
                .result;
            let text = format!("{} {}", result.title, result.summary).to_lowercase();
            for verdict in [
                "you are a victim",
                "is a victim",
                "vous êtes victime",
                "est victime",
                "je bent een slachtoffer",
                "is een slachtoffer",
                "sie sind ein opfer",
                "ist ein opfer",
                "not a victim",
            ] {
                assert!(!text.contains(verdict), "{locale} {}: {text}", s.name);
            }
        }
    }
}

#[test]
fn labour_law_cases_point_to_work_rights_without_trafficking() {
    let (_dir, lueur) = lueur();
    let s = &SCENARIOS[1];
    let result = lueur
        .checklist_evaluate(&answers(s), Some(s.about), Some(s.minor))
        .expect("evaluate")
        .result;
    assert_eq!(result.level, NoClearSigns);
    assert!(
        result.notes.iter().any(|n| n.contains("rights at work")),
        "{:?}",
        result.notes
    );
}

#[test]
fn a_minor_is_routed_to_services_for_minors_first() {
    let (_dir, lueur) = lueur();
    for s in SCENARIOS.iter().filter(|s| s.minor) {
        let result = lueur
            .checklist_evaluate(&answers(s), Some(s.about), Some(s.minor))
            .expect("evaluate")
            .result;
        if s.level == ImmediateDanger {
            assert_eq!(result.contacts[0].kind, "emergency", "{}", s.name);
            assert!(result.contacts.iter().any(|c| c.for_minors), "{}", s.name);
        } else {
            assert!(result.contacts[0].for_minors, "{}", s.name);
            assert_eq!(result.contacts[0].id, "child-focus", "{}", s.name);
        }
    }
    for s in SCENARIOS.iter().filter(|s| !s.minor) {
        let result = lueur
            .checklist_evaluate(&answers(s), Some(s.about), Some(s.minor))
            .expect("evaluate")
            .result;
        assert!(!result.contacts.iter().any(|c| c.for_minors), "{}", s.name);
    }
}

#[test]
fn a_region_puts_the_centre_there_first() {
    let (_dir, lueur) = lueur();
    let base = answers(&SCENARIOS[0]);
    for (region, centre) in [
        ("brussels", "pag-asa"),
        ("flanders", "payoke"),
        ("wallonia", "surya"),
    ] {
        let mut with_region = base.clone();
        with_region.push(("region".into(), region.into()));
        let result = lueur
            .checklist_evaluate(&with_region, Some(Other), Some(false))
            .expect("evaluate")
            .result;
        assert_eq!(result.contacts[0].id, centre, "{region}");
        assert!(result.contacts[0].reasons.iter().any(|r| r == "Near you"));
        let talk = result.steps.iter().find_map(|s| match s {
            lueur_core::checklist::NextStep::TalkToCentre { contact_id, .. } => {
                Some(contact_id.as_str())
            }
            _ => None,
        });
        assert_eq!(talk, Some(centre), "{region}");
    }
}
