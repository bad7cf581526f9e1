//! Written scenarios, each a situation a person could describe, with the level, the
//! elements present and a one-line reason citing the rule that gives them. The
//! expectations were worked out by hand from `content/checklist/*.toml` and
//! `docs/checklist.md`, not by running the engine. Every form of exploitation, adults
//! and minors, "me" and "someone I know", labour-law cases that are not trafficking,
//! and the danger stop.

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
    /// The rule of docs/checklist.md that gives this result.
    reason: &'static str,
}

use Level::*;
use Perspective::{Me, Other};

const ACT: &str = "act";
const DR: &str = "deceptive-recruitment";
const CR: &str = "coercive-recruitment";
const VR: &str = "vulnerability-recruitment";
const EC: &str = "exploitative-conditions";
const EL: &str = "exploitation-in-law";
const CD: &str = "coercion-destination";
const VD: &str = "vulnerability-destination";
#[allow(dead_code)]
const OS: &str = "other-signs";
const WS: &str = "warning-signs";

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "deceived into farm work, papers kept, threatened",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-documents", "yes"),
            ("g-threats", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EC, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "forced to start by violence, locked in, beaten",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-forced-start", "yes"),
            ("g-threatened-start", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("g-stopped-leaving", "yes"),
            ("g-violence", "yes"),
        ],
        level: StrongSigns,
        present: &[CR, EC, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "labour law: long hours, low pay, no contract, free and not deceived",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-promised-other", "no"),
            ("g-documents", "no"),
            ("g-stopped-leaving", "no"),
            ("g-threats", "no"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("l-contract", "yes"),
            ("g-punished-stop", "no"),
        ],
        level: NoClearSigns,
        present: &[EC],
        reason: "exploitative conditions alone, without means or coercion, is a labour-law case",
    },
    Scenario {
        name: "labour law: low pay and no contract",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-little-pay", "yes"),
            ("l-contract", "yes"),
            ("g-long-hours", "no"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "two medium indicators do not make an element (combination rule)",
    },
    Scenario {
        name: "undocumented worker, growing debt, threatened with the police",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-no-papers-used", "yes"),
            ("g-hard-time", "yes"),
            ("g-debt", "yes"),
            ("g-debt-grows", "yes"),
            ("g-long-hours", "yes"),
            ("g-housing", "yes"),
            ("g-threat-report", "yes"),
        ],
        level: SomeSigns,
        present: &[EC, CD],
        reason: "coercion at destination present, but two medium signs of abuse of vulnerability are no element, so no recruitment element",
    },
    Scenario {
        name: "restaurant worker, papers promised, dependent and isolated",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-hard-time", "yes"),
            ("g-no-papers-used", "yes"),
            ("g-promised-papers", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("g-dependent", "yes"),
            ("g-isolated", "yes"),
            ("g-fear-police", "yes"),
        ],
        level: SomeSigns,
        present: &[EC, VD],
        reason: "exploitative conditions with abuse of vulnerability at destination; no recruitment element present",
    },
    Scenario {
        name: "job found by someone else, long days: the act alone",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-act-arranged", "yes"),
            ("g-act-journey", "yes"),
            ("g-long-hours", "yes"),
        ],
        level: NoClearSigns,
        present: &[ACT],
        reason: "for an adult the act is not a sign without the means (ILO/EC adult rule)",
    },
    Scenario {
        name: "building site, deceived about pay, debt grows, hazardous",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-act-journey", "yes"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-debt", "yes"),
            ("g-debt-grows", "yes"),
            ("g-debt-travel", "yes"),
            ("l-hazard", "yes"),
            ("g-little-pay", "yes"),
            ("g-long-hours", "yes"),
            ("g-money-taken", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, DR, EC, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "minor brought to work in a car wash, long days, no pay",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "labour"),
            ("g-act-arranged", "yes"),
            ("g-act-journey", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, EC],
        reason: "child rule: the act and the exploitation are enough, no means needed (Palermo art. 3 (c))",
    },
    Scenario {
        name: "minor with a long-hours student job, nobody arranged it",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "labour"),
            ("g-long-hours", "yes"),
            ("l-contract", "yes"),
        ],
        level: SomeSigns,
        present: &[EC],
        reason: "for a minor any element present is worth a conversation",
    },
    Scenario {
        name: "minor in hazardous work arranged by an adult",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "labour"),
            ("g-act-arranged", "yes"),
            ("l-hazard", "yes"),
            ("g-little-pay", "yes"),
            ("l-contract", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, EC],
        reason: "child rule: the act and the exploitation are enough, no means needed (Palermo art. 3 (c))",
    },
    Scenario {
        name: "minor whose journey debt ties them to the work",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "labour"),
            ("g-debt", "yes"),
            ("g-debt-travel", "yes"),
            ("g-long-hours", "yes"),
        ],
        level: SomeSigns,
        present: &[],
        reason: "debt bondage at recruitment is strong for children: one strong sign of coercion",
    },
    Scenario {
        name: "minor with no pay only",
        about: Other,
        minor: true,
        answers: &[("situation", "labour"), ("g-little-pay", "yes")],
        level: NoClearSigns,
        present: &[],
        reason: "one medium sign alone makes no element and is not two signs",
    },
    Scenario {
        name: "someone else takes the money, chooses clients, forces acts",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("s-cannot-refuse", "yes"),
            ("s-money-taken", "yes"),
            ("s-organised", "yes"),
        ],
        level: SomeSigns,
        present: &[EL],
        reason: "exploitation named in law: someone else profits from the sexual acts",
    },
    Scenario {
        name: "deceived into prostitution, papers taken, clients forced",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-documents", "yes"),
            ("s-cannot-refuse", "yes"),
            ("s-money-taken", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EL, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "independent adult in sex work, nothing worrying",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("s-cannot-refuse", "no"),
            ("s-money-taken", "no"),
            ("s-organised", "no"),
            ("s-images", "no"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "no indicator answered yes",
    },
    Scenario {
        name: "forced to make sexual videos, isolated and threatened",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("s-images", "yes"),
            ("g-isolated", "yes"),
            ("g-threats", "yes"),
            ("g-hard-time", "yes"),
            ("g-dependent", "yes"),
        ],
        level: SomeSigns,
        present: &[EL],
        reason: "exploitation named in law; the other signs make no element",
    },
    Scenario {
        name: "escort recruited through a hard time, dependent, ads run by others",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("g-act-journey", "yes"),
            ("g-hard-time", "yes"),
            ("g-no-papers-used", "yes"),
            ("g-taken", "yes"),
            ("g-forced-start", "yes"),
            ("s-organised", "yes"),
            ("s-money-taken", "yes"),
            ("g-dependent", "yes"),
            ("g-isolated", "yes"),
            ("g-fear-police", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, CR, EL, VD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "minor in sex, escort or images, every other answer no (H1)",
        about: Me,
        minor: true,
        answers: &[("situation", "sexual")],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "minor with a teen pimp who asks for sex with others",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "sexual"),
            ("t-older", "yes"),
            ("t-gifts", "yes"),
            ("t-asked-sex", "yes"),
        ],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "minor made to produce sexual images",
        about: Me,
        minor: true,
        answers: &[("situation", "sexual"), ("s-images", "yes")],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "minor, sexual situation, unsure about everything",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "sexual"),
            ("s-cannot-refuse", "unsure"),
            ("s-money-taken", "unsure"),
            ("s-organised", "unsure"),
            ("s-images", "unsure"),
        ],
        level: StrongSigns,
        present: &[EL],
        reason: "the situation itself is the exploitation for a minor; \"not sure\" adds nothing",
    },
    Scenario {
        name: "domestic worker brought from abroad, deceived, locked in",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "domestic"),
            ("g-act-journey", "yes"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("g-documents", "yes"),
            ("g-stopped-leaving", "yes"),
            ("d-sleep-place", "yes"),
            ("d-food", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, DR, EC, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "au pair with long hours and low pay, free to go",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "domestic"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("d-sleep-place", "no"),
            ("d-food", "no"),
        ],
        level: NoClearSigns,
        present: &[EC],
        reason: "exploitative conditions alone: labour law, not trafficking",
    },
    Scenario {
        name: "live-in worker isolated and dependent, long hours",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "domestic"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("g-dependent", "yes"),
            ("g-isolated", "yes"),
            ("g-fear-police", "yes"),
        ],
        level: SomeSigns,
        present: &[EC, VD],
        reason: "exploitative conditions with abuse of vulnerability at destination",
    },
    Scenario {
        name: "live-in work reached through the labour path",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("l-live-in", "yes"),
            ("d-sleep-place", "yes"),
            ("d-food", "yes"),
            ("g-housing", "yes"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "two UNODC signs and one ILO sign make no element; UNODC signs never count in ILO elements",
    },
    Scenario {
        name: "minor housemaid brought by relatives, long days, little pay",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "domestic"),
            ("g-act-journey", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, EC],
        reason: "child rule: the act and the exploitation are enough, no means needed (Palermo art. 3 (c))",
    },
    Scenario {
        name: "minor sleeping in the kitchen, not enough food",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "domestic"),
            ("d-sleep-place", "yes"),
            ("d-food", "yes"),
        ],
        level: SomeSigns,
        present: &[],
        reason: "for a minor two signs of any kind are worth a conversation",
    },
    Scenario {
        name: "minor in a home, housed by the employer, long days",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "domestic"),
            ("g-act-lodging", "yes"),
            ("g-long-hours", "yes"),
            ("g-housing", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, EC],
        reason: "child rule: the act and the exploitation are enough, no means needed (Palermo art. 3 (c))",
    },
    Scenario {
        name: "adult hands over a daily quota",
        about: Other,
        minor: false,
        answers: &[("situation", "begging"), ("b-quota", "yes")],
        level: SomeSigns,
        present: &[EL],
        reason: "forced begging is exploitation in law (Directive 2011/36/EU art. 2 (3))",
    },
    Scenario {
        name: "adult begging network: brought, deceived, papers kept",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "begging"),
            ("b-quota", "yes"),
            ("b-punished", "yes"),
            ("b-brought", "yes"),
            ("g-act-journey", "yes"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-documents", "yes"),
            ("g-money-taken", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, DR, EL, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "adult begging on their own account",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "begging"),
            ("b-quota", "no"),
            ("b-punished", "no"),
            ("b-brought", "no"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "no indicator answered yes",
    },
    Scenario {
        name: "adult driven to the begging spot and punished, nothing else",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "begging"),
            ("b-brought", "yes"),
            ("b-punished", "yes"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "two UNODC signs make no element and count for no ILO element",
    },
    Scenario {
        name: "minor begging for a quota, kept from school, brought here",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "begging"),
            ("b-quota", "yes"),
            ("b-school", "yes"),
            ("g-act-journey", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, EL],
        reason: "child rule: the act and the exploitation are enough, no means needed (Palermo art. 3 (c))",
    },
    Scenario {
        name: "minor driven to beg and punished",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "begging"),
            ("b-brought", "yes"),
            ("b-punished", "yes"),
        ],
        level: SomeSigns,
        present: &[],
        reason: "for a minor two signs of any kind",
    },
    Scenario {
        name: "minor begging with a parent, nothing worrying",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "begging"),
            ("b-quota", "no"),
            ("b-school", "no"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "no indicator answered yes",
    },
    Scenario {
        name: "adult drawn in by a debt, made to steal, profits taken",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "criminality"),
            ("c-drawn-debt", "yes"),
            ("c-made-to", "yes"),
            ("c-profits", "yes"),
            ("g-threats", "yes"),
        ],
        level: SomeSigns,
        present: &[EL],
        reason: "crime for someone else is exploitation in law; coercion signs make no element yet",
    },
    Scenario {
        name: "adult kept in a cannabis house, brought and deceived",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "criminality"),
            ("c-cannabis", "yes"),
            ("g-stopped-leaving", "yes"),
            ("g-documents", "yes"),
            ("g-act-journey", "yes"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, DR, EL, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "adult drawn in by easy money, nothing else",
        about: Me,
        minor: false,
        answers: &[("situation", "criminality"), ("c-drawn-money", "yes")],
        level: NoClearSigns,
        present: &[],
        reason: "one UNODC sign alone",
    },
    Scenario {
        name: "adult made to sell drugs under threat, drugs as the hook",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "criminality"),
            ("c-drawn-drugs", "yes"),
            ("c-made-to", "yes"),
            ("g-threats", "yes"),
            ("g-violence", "yes"),
        ],
        level: SomeSigns,
        present: &[CD],
        reason: "coercion at destination present (violence strong, threats and forced crime medium)",
    },
    Scenario {
        name: "minor pushed into crime, every other answer no",
        about: Me,
        minor: true,
        answers: &[("situation", "criminality")],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "minor hooked on drugs and made to sell",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "criminality"),
            ("c-drawn-drugs", "yes"),
            ("c-made-to", "yes"),
        ],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "minor guarding cannabis plants",
        about: Other,
        minor: true,
        answers: &[("situation", "criminality"), ("c-cannabis", "yes")],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "adult whose partner asks for sex with others",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "relationship"),
            ("t-love", "yes"),
            ("t-need", "yes"),
            ("t-cut-off", "yes"),
            ("t-asked-sex", "yes"),
        ],
        level: SomeSigns,
        present: &[EL],
        reason: "exploitation of the prostitution of others is exploitation in law",
    },
    Scenario {
        name: "adult with mood changes and drinking only",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "relationship"),
            ("t-mood", "yes"),
            ("t-drugs", "yes"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "two weak warning signs make no element",
    },
    Scenario {
        name: "adult who hurts themselves, nothing else",
        about: Me,
        minor: false,
        answers: &[("situation", "relationship"), ("t-self-harm", "yes")],
        level: NoClearSigns,
        present: &[],
        reason: "one warning sign; the crisis note still shows",
    },
    Scenario {
        name: "adult partner takes the money, documents and isolates",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "relationship"),
            ("t-love", "yes"),
            ("t-asked-sex", "yes"),
            ("g-documents", "yes"),
            ("g-isolated", "yes"),
            ("g-money-taken", "yes"),
            ("t-need", "yes"),
            ("t-hard-time", "yes"),
        ],
        level: SomeSigns,
        present: &[EL, CD],
        reason: "exploitation in law and coercion at destination; two medium recruitment signs make no element, so the adult rule is not met",
    },
    Scenario {
        name: "minor with a much older partner, gifts, nights away, cut off",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "relationship"),
            ("t-older", "yes"),
            ("t-gifts", "yes"),
            ("t-cut-off", "yes"),
            ("t-nights", "yes"),
        ],
        level: SomeSigns,
        present: &[WS],
        reason: "for a minor any element present, here the Child Focus warning signs",
    },
    Scenario {
        name: "minor asked for sexual pictures",
        about: Me,
        minor: true,
        answers: &[("situation", "relationship"), ("t-asked-pictures", "yes")],
        level: SomeSigns,
        present: &[],
        reason: "asked for pictures is a strong warning sign for a minor",
    },
    Scenario {
        name: "minor asked to have sex with others",
        about: Me,
        minor: true,
        answers: &[("situation", "relationship"), ("t-asked-sex", "yes")],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "minor groomed by a partner of the same age",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "relationship"),
            ("t-older", "no"),
            ("t-love", "yes"),
            ("t-hard-time", "yes"),
            ("t-need", "yes"),
        ],
        level: SomeSigns,
        present: &[],
        reason: "for a minor two signs of any kind; \"much older\" is one question among others",
    },
    Scenario {
        name: "minor whose partner has nothing worrying",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "relationship"),
            ("t-older", "no"),
            ("t-gifts", "no"),
            ("t-love", "no"),
            ("t-cut-off", "no"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "no indicator answered yes",
    },
    Scenario {
        name: "adult, not sure what it is: papers kept and stopped from leaving",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "not-sure"),
            ("g-documents", "yes"),
            ("g-stopped-leaving", "yes"),
        ],
        level: SomeSigns,
        present: &[CD],
        reason: "coercion at destination present (two strong)",
    },
    Scenario {
        name: "adult, unsure about everything",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "not-sure"),
            ("g-promised-other", "unsure"),
            ("g-documents", "unsure"),
            ("g-stopped-leaving", "unsure"),
            ("g-threats", "unsure"),
            ("g-violence", "unsure"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "\"not sure\" answers are shown apart and never count",
    },
    Scenario {
        name: "minor, not sure: job arranged, long days, poor housing",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "not-sure"),
            ("g-act-arranged", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("g-housing", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, EC],
        reason: "child rule: the act and the exploitation are enough, no means needed (Palermo art. 3 (c))",
    },
    Scenario {
        name: "minor, not sure: threatened",
        about: Other,
        minor: true,
        answers: &[("situation", "not-sure"), ("g-threats", "yes")],
        level: SomeSigns,
        present: &[],
        reason: "threats are strong for children: one strong sign of coercion",
    },
    Scenario {
        name: "adult in danger now",
        about: Me,
        minor: false,
        answers: &[("danger-now", "yes")],
        level: ImmediateDanger,
        present: &[],
        reason: "a yes to a danger question comes before every rule",
    },
    Scenario {
        name: "minor locked in now",
        about: Other,
        minor: true,
        answers: &[("locked-in-now", "yes")],
        level: ImmediateDanger,
        present: &[],
        reason: "a yes to a danger question comes before every rule",
    },
    Scenario {
        name: "danger after signs of labour exploitation",
        about: Other,
        minor: false,
        answers: &[
            ("danger-now", "yes"),
            ("situation", "labour"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
        ],
        level: ImmediateDanger,
        present: &[EC],
        reason: "danger first; the signs stay in the result",
    },
    Scenario {
        name: "threatened at the start, wages withheld, punished for stopping",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-threatened-start", "yes"),
            ("g-taken", "yes"),
            ("g-money-taken", "yes"),
            ("g-punished-stop", "yes"),
            ("g-threat-report", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
        ],
        level: SomeSigns,
        present: &[EC, CD],
        reason: "two medium signs of coercive recruitment make no element; coercion at destination is present",
    },
    Scenario {
        name: "deceived, dependent on the employer for everything",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-long-hours", "yes"),
            ("g-housing", "yes"),
            ("g-dependent", "yes"),
            ("g-isolated", "yes"),
            ("g-fear-police", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EC, VD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "told what to say, threatened, papers kept, no other sign",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-told-to-lie", "yes"),
            ("g-threats", "yes"),
            ("g-documents", "yes"),
        ],
        level: SomeSigns,
        present: &[CD],
        reason: "coercion at destination present",
    },
    Scenario {
        name: "minor deceived about a job, nothing happened yet",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "labour"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
        ],
        level: SomeSigns,
        present: &[DR],
        reason: "for a minor any element present",
    },
    Scenario {
        name: "minor hit by the person who arranged the work",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "labour"),
            ("g-act-arranged", "yes"),
            ("g-violence", "yes"),
        ],
        level: SomeSigns,
        present: &[ACT],
        reason: "one strong sign of coercion; no exploitation answered, so not the child rule",
    },
    Scenario {
        name: "ads and clients controlled, told what to say to the police",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("s-organised", "yes"),
            ("g-told-to-lie", "yes"),
            ("g-threat-report", "yes"),
        ],
        level: SomeSigns,
        present: &[CD],
        reason: "coercion at destination present (three medium)",
    },
    Scenario {
        name: "deceived, filmed for profit, beaten and locked in",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("s-images", "yes"),
            ("g-violence", "yes"),
            ("g-stopped-leaving", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EL, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "minor filmed online, depends on the person",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "sexual"),
            ("s-images", "yes"),
            ("g-dependent", "yes"),
        ],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "minor in sex work in danger now",
        about: Me,
        minor: true,
        answers: &[("danger-now", "yes"), ("situation", "sexual")],
        level: ImmediateDanger,
        present: &[EL],
        reason: "a yes to a danger question comes first; the signs stay in the result",
    },
    Scenario {
        name: "domestic worker without papers, documents and pay taken",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "domestic"),
            ("g-no-papers-used", "yes"),
            ("g-hard-time", "yes"),
            ("g-promised-papers", "yes"),
            ("g-documents", "yes"),
            ("g-money-taken", "yes"),
            ("g-little-pay", "yes"),
        ],
        level: SomeSigns,
        present: &[CD],
        reason: "coercion at destination; no recruitment element (two medium abuse-of-vulnerability signs, one deception sign)",
    },
    Scenario {
        name: "domestic worker short of food only",
        about: Me,
        minor: false,
        answers: &[("situation", "domestic"), ("d-food", "yes")],
        level: NoClearSigns,
        present: &[],
        reason: "one UNODC sign, outside the ILO elements",
    },
    Scenario {
        name: "minor housed by the employer, papers kept, long unpaid days",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "domestic"),
            ("g-act-lodging", "yes"),
            ("g-documents", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, EC],
        reason: "child rule: the act and the exploitation are enough, no means needed (Palermo art. 3 (c))",
    },
    Scenario {
        name: "brought by deception to beg, threatened and beaten",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "begging"),
            ("b-quota", "yes"),
            ("b-punished", "yes"),
            ("g-act-journey", "yes"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
            ("g-threats", "yes"),
            ("g-violence", "yes"),
        ],
        level: StrongSigns,
        present: &[ACT, DR, EL, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "minor handing over a begging quota, nobody arranged it",
        about: Other,
        minor: true,
        answers: &[("situation", "begging"), ("b-quota", "yes")],
        level: SomeSigns,
        present: &[EL],
        reason: "forced begging is exploitation in law; without the act the child rule is not met",
    },
    Scenario {
        name: "minor whose crimes profit someone else",
        about: Me,
        minor: true,
        answers: &[("situation", "criminality"), ("c-profits", "yes")],
        level: StrongSigns,
        present: &[EL],
        reason: "a minor in sexual services, sexual images or crime for someone else: strong signs whoever arranged it",
    },
    Scenario {
        name: "adult deceived, made to steal, papers kept",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "criminality"),
            ("c-made-to", "yes"),
            ("c-profits", "yes"),
            ("g-documents", "yes"),
            ("g-promised-other", "yes"),
            ("g-promised-details", "yes"),
        ],
        level: StrongSigns,
        present: &[DR, EL, CD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "adult on the crime path, nothing worrying",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "criminality"),
            ("c-drawn-drugs", "no"),
            ("c-drawn-money", "no"),
            ("c-drawn-debt", "no"),
            ("c-made-to", "no"),
            ("c-profits", "no"),
            ("c-cannabis", "no"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "no indicator answered yes",
    },
    Scenario {
        name: "partner keeps the documents and stops the person leaving",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "relationship"),
            ("g-documents", "yes"),
            ("g-stopped-leaving", "yes"),
        ],
        level: SomeSigns,
        present: &[CD],
        reason: "coercion at destination present (two strong)",
    },
    Scenario {
        name: "minor with a name tattoo, second phone, hotels, self-harm",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "relationship"),
            ("t-tattoo", "yes"),
            ("t-phones", "yes"),
            ("t-hotels", "yes"),
            ("t-self-harm", "yes"),
        ],
        level: SomeSigns,
        present: &[WS],
        reason: "for a minor any element present (Child Focus warning signs)",
    },
    Scenario {
        name: "minor told they owe the partner, asked for pictures, nights away",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "relationship"),
            ("t-owe", "yes"),
            ("t-asked-pictures", "yes"),
            ("t-nights", "yes"),
        ],
        level: SomeSigns,
        present: &[WS],
        reason: "for a minor any element present (a strong and a medium warning sign)",
    },
    Scenario {
        name: "minor, not sure about anything",
        about: Me,
        minor: true,
        answers: &[
            ("situation", "not-sure"),
            ("g-act-arranged", "unsure"),
            ("g-long-hours", "unsure"),
            ("g-threats", "unsure"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "\"not sure\" answers never count",
    },
    Scenario {
        name: "adult, not sure: someone arranged work, journey and housing",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "not-sure"),
            ("g-act-arranged", "yes"),
            ("g-act-journey", "yes"),
            ("g-act-lodging", "yes"),
        ],
        level: NoClearSigns,
        present: &[ACT],
        reason: "the act alone is no sign for an adult",
    },
    Scenario {
        name: "minor brought here by force, no exploitation answered",
        about: Other,
        minor: true,
        answers: &[
            ("situation", "not-sure"),
            ("g-act-journey", "yes"),
            ("g-forced-start", "yes"),
        ],
        level: SomeSigns,
        present: &[ACT],
        reason: "one strong sign of coercion at recruitment",
    },
    Scenario {
        name: "adult locked in now while at work",
        about: Other,
        minor: false,
        answers: &[("locked-in-now", "yes"), ("situation", "labour")],
        level: ImmediateDanger,
        present: &[],
        reason: "a yes to a danger question comes before every rule",
    },
    Scenario {
        name: "adult who skips every sexual-module question",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "sexual"),
            ("s-cannot-refuse", "skip"),
            ("s-money-taken", "skip"),
            ("s-organised", "skip"),
            ("s-images", "skip"),
        ],
        level: NoClearSigns,
        present: &[],
        reason: "skipped questions do not count",
    },
    Scenario {
        name: "newcomer recruited through a hard time, no papers and no information",
        about: Other,
        minor: false,
        answers: &[
            ("situation", "labour"),
            ("g-hard-time", "yes"),
            ("g-no-papers-used", "yes"),
            ("g-rules-unknown", "yes"),
            ("g-long-hours", "yes"),
            ("g-little-pay", "yes"),
            ("g-isolated", "yes"),
            ("g-dependent", "yes"),
            ("g-fear-police", "yes"),
        ],
        level: StrongSigns,
        present: &[VR, EC, VD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
    },
    Scenario {
        name: "adult groomed by a partner in a hard time, now sold to others and isolated",
        about: Me,
        minor: false,
        answers: &[
            ("situation", "relationship"),
            ("t-hard-time", "yes"),
            ("t-need", "yes"),
            ("g-hard-time", "yes"),
            ("t-asked-sex", "yes"),
            ("g-dependent", "yes"),
            ("g-isolated", "yes"),
            ("g-fear-police", "yes"),
        ],
        level: StrongSigns,
        present: &[VR, EL, VD],
        reason: "ILO/EC adult rule: a recruitment element, exploitation and coercion or abuse of vulnerability at destination",
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
    assert!(SCENARIOS.len() >= 80, "{} scenarios", SCENARIOS.len());
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
                "{}: expected {:?} {:?} (minor {}) because {}; got {:?} {:?} (minor {})",
                s.name, s.level, s.present, s.minor, s.reason, result.level, present, result.minor
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
fn the_scenarios_cover_every_form_for_adults_and_minors_about_me_and_someone_else() {
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
        for minor in [false, true] {
            for about in [Me, Other] {
                assert!(
                    SCENARIOS.iter().any(|s| s.minor == minor
                        && s.about == about
                        && s.answers.contains(&("situation", form))),
                    "no scenario for {form}, minor={minor}, about={about:?}"
                );
            }
        }
    }
    for level in Level::ALL {
        assert!(
            SCENARIOS.iter().any(|s| s.level == *level),
            "no scenario with {level:?}"
        );
    }
    for s in SCENARIOS {
        assert!(!s.reason.trim().is_empty(), "{} gives no reason", s.name);
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
    let s = SCENARIOS
        .iter()
        .find(|s| s.name.starts_with("labour law: long hours"))
        .expect("the labour-law scenario");
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
    assert_eq!(SCENARIOS[0].about, Other);
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
