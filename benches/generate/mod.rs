//! News-like corpora of any size, by a fixed generator: many distinct
//! stories (each with its own town, people and day), each told by several
//! independent reports in different words, with syndicated near-copies (a
//! changed headline, a trimmed ending, an outlet's own dateline) and one
//! planted conflict per story (one report gives another death toll), so a
//! bench can check what it times.

use std::fmt::Write;

/// One generated report.
pub struct Report {
    pub id: String,
    /// YYYY-MM-DD.
    pub published: String,
    pub text: String,
}

/// A generated corpus and what was planted in it.
pub struct Corpus {
    pub reports: Vec<Report>,
    /// Stories, each with a planted disagreement on its death toll.
    pub stories: usize,
    /// Reports that are near-copies of another.
    pub copies: usize,
}

/// The shape of a corpus.
#[derive(Clone, Copy)]
pub struct Shape {
    /// Independent reports per story (at least 2: one plants the conflict).
    pub independent: usize,
    /// Near-copies of each story's first report.
    pub copies: usize,
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // SplitMix64: fixed, so every run writes the same corpus
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const ONSETS: &[&str] = &[
    "b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t",
    "tr", "v", "w", "z",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ou"];
const CODAS: &[&str] = &["", "n", "r", "l", "s", "th", "m", "ck", "nd", "rt"];
const TOWN_ENDS: &[&str] = &[
    "ford", "ton", "bury", "wick", "field", "mouth", "ham", "dale",
];
const FIRST: &[&str] = &[
    "Anna", "Marek", "Leila", "Tomas", "Priya", "Owen", "Sofia", "Ravi", "Elena", "Jonas", "Amara",
    "Felix", "Nadia", "Hugo", "Ines", "Karim",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

struct Kind {
    what: &'static str,
    place: &'static str,
    cause: &'static str,
}

const KINDS: &[Kind] = &[
    Kind {
        what: "fire",
        place: "warehouse",
        cause: "an electrical fault",
    },
    Kind {
        what: "explosion",
        place: "chemical plant",
        cause: "a gas leak",
    },
    Kind {
        what: "collapse",
        place: "apartment block",
        cause: "weakened foundations",
    },
    Kind {
        what: "crash",
        place: "bus depot",
        cause: "failed brakes",
    },
    Kind {
        what: "flood",
        place: "river district",
        cause: "a burst dam",
    },
];

/// Parts of the background sentences every report adds, so that two
/// stories told in the same words still differ in most of what they say.
const WHO: &[&str] = &[
    "Local traders",
    "The mayor's office",
    "Union leaders",
    "Hospital staff",
    "A parish priest",
    "School governors",
    "Volunteers",
    "The fire brigade",
    "Insurance assessors",
    "Opposition councillors",
    "A retired engineer",
    "Transport officials",
];
const DID: &[&str] = &[
    "called for",
    "raised money for",
    "asked questions about",
    "held a vigil over",
    "wrote to ministers about",
    "offered shelter after",
    "began a review of",
    "questioned the timing of",
    "set up a fund after",
    "demanded answers on",
];
const WHAT: &[&str] = &[
    "safety checks",
    "the emergency response",
    "building permits",
    "evacuation plans",
    "the night shift",
    "maintenance budgets",
    "earlier complaints",
    "the missing records",
    "overtime rules",
    "the alarm system",
    "temporary housing",
    "the compensation scheme",
];
const WHEN: &[&str] = &[
    "within hours",
    "by the weekend",
    "before the funerals",
    "over the following days",
    "late that evening",
    "at a packed meeting",
    "in a local newspaper",
    "on social media",
    "outside the town hall",
    "at dawn",
];

fn background(rng: &mut Rng) -> String {
    format!(
        " {} {} {} {}.",
        rng.pick(WHO),
        rng.pick(DID),
        rng.pick(WHAT),
        rng.pick(WHEN)
    )
}

fn syllable(rng: &mut Rng) -> String {
    format!(
        "{}{}{}",
        rng.pick(ONSETS),
        rng.pick(VOWELS),
        rng.pick(CODAS)
    )
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

struct Story {
    town: String,
    person: String,
    official: String,
    street: String,
    company: String,
    kind: &'static Kind,
    dead: u32,
    hurt: u32,
    age: u32,
    year: i32,
    month: usize,
    day: u32,
}

impl Story {
    fn new(rng: &mut Rng) -> Story {
        let town = capital(&format!("{}{}", syllable(rng), rng.pick(TOWN_ENDS)));
        let surname = |rng: &mut Rng| capital(&format!("{}{}", syllable(rng), syllable(rng)));
        let person = format!("{} {}", rng.pick(FIRST), surname(rng));
        let official = format!("{} {}", rng.pick(FIRST), surname(rng));
        let street = format!("{} Street", capital(&syllable(rng)));
        let company = format!("{} Holdings", surname(rng));
        Story {
            town,
            person,
            official,
            street,
            company,
            kind: &KINDS[rng.below(KINDS.len())],
            dead: 3 + rng.below(40) as u32,
            hurt: 5 + rng.below(90) as u32,
            age: 25 + rng.below(50) as u32,
            year: 2000 + rng.below(25) as i32,
            month: rng.below(12),
            day: 1 + rng.below(27) as u32,
        }
    }

    fn published(&self, later: u32) -> String {
        // days 1..=27 plus at most one: always a real date
        format!(
            "{}-{:02}-{:02}",
            self.year,
            self.month + 1,
            self.day + later
        )
    }

    /// One independent report, in the words of `style`, giving `dead`.
    fn tell(&self, style: usize, dead: u32, rng: &mut Rng) -> String {
        let k = self.kind;
        let (town, person, official) = (&self.town, &self.person, &self.official);
        let date = format!("{} {}", MONTHS[self.month], self.day);
        let (hurt, age) = (self.hurt, self.age);
        let (what, place, cause) = (k.what, k.place, k.cause);
        let mut t = String::new();
        match style % 4 {
            0 => {
                let _ = writeln!(t, "{dead} killed in {town} {place} {what}");
                let _ = write!(
                    t,
                    "{dead} people were killed and {hurt} injured when a {what} tore \
                     through a {place} in {town} on {date}, officials said. \
                     {official}, the regional governor, said rescue teams searched the site \
                     through the night. The owner, {person}, {age}, was questioned by police. \
                     Investigators believe {cause} was to blame. \
                     Residents of {town} gathered outside the {place} to wait for news."
                );
            }
            1 => {
                let _ = writeln!(t, "{} at {town} {place} leaves {dead} dead", capital(what));
                let _ = write!(
                    t,
                    "A {what} at a {place} in the town of {town} killed {dead} people on {date}. \
                     Another {hurt} were taken to hospital, according to governor {official}. \
                     {person}, who owns the {place}, is {age} years old and spoke to investigators. \
                     Early findings point to {cause}. \
                     Funerals for the victims are expected in {town} later this week."
                );
            }
            2 => {
                let _ = writeln!(t, "{town} mourns after {place} {what}");
                let _ = write!(
                    t,
                    "The {what} in {town} on {date} killed {dead} people and left {hurt} hurt. \
                     Governor {official} visited the {place} and promised an inquiry. \
                     Its owner {person}, aged {age}, has not been charged. \
                     Engineers said {cause} may have started it. \
                     Shops across {town} closed as a mark of respect."
                );
            }
            _ => {
                let _ = writeln!(t, "Inquiry opens into deadly {town} {what}");
                let _ = write!(
                    t,
                    "Police in {town} said {dead} people were killed in the {what} at the {place} \
                     on {date}. Doctors treated {hurt} people for burns and broken bones. \
                     The {place} belongs to {person}, {age}, a local businessman. \
                     A report on {cause} is due next month, governor {official} said. \
                     Flags in {town} flew at half mast."
                );
            }
        }
        // what every report of a story names in its own way: the street
        // and the company, which no other story shares
        let (street, company) = (&self.street, &self.company);
        let _ = write!(
            t,
            "{}",
            match style % 4 {
                0 => format!(" The {place} on {street} was run by {company}."),
                1 =>
                    format!(" {company}, which operates the site on {street}, declined to comment."),
                2 => format!(" Neighbours on {street} said {company} had been warned before."),
                _ => format!(" {company} said its staff on {street} were helping the police."),
            }
        );
        for _ in 0..3 {
            t.push_str(&background(rng));
        }
        t
    }
}

/// A corpus of `reports` reports rounded down to whole stories (at least
/// one), stories cut to `shape`, from a fixed seed: the same bytes on every
/// run.
pub fn corpus(reports: usize, shape: Shape) -> Corpus {
    let per_story = shape.independent.max(2) + shape.copies;
    let stories = (reports / per_story).max(1);
    let mut rng = Rng(0x00C0_FFEE);
    let mut out = Vec::with_capacity(stories * per_story);
    let mut copies = 0;
    for s in 0..stories {
        let story = Story::new(&mut rng);
        let first_at = out.len();
        for r in 0..shape.independent.max(2) {
            // the second report plants the conflict: another death toll
            let dead = if r == 1 { story.dead + 2 } else { story.dead };
            out.push(Report {
                id: format!("s{s:06}-r{r}"),
                published: story.published(0),
                text: story.tell(r + s, dead, &mut rng),
            });
        }
        let first = out[first_at].text.clone();
        for c in 0..shape.copies {
            let text = match c % 3 {
                // a changed headline
                0 => format!(
                    "{} — {}",
                    story.town,
                    first.replacen('\n', " (updated)\n", 1)
                ),
                // a trimmed ending
                1 => first[..first.rfind(". ").map_or(first.len(), |i| i + 1)].to_string(),
                // an outlet's own dateline
                _ => {
                    let (head, body) = first.split_once('\n').unwrap_or(("", &first));
                    format!("{head}\n{} — {body}", story.town.to_uppercase())
                }
            };
            out.push(Report {
                id: format!("s{s:06}-r0-c{c}"),
                published: story.published(u32::from(c % 2 == 1)),
                text,
            });
            copies += 1;
        }
    }
    Corpus {
        reports: out,
        stories,
        copies,
    }
}

/// The corpus as JSON Lines of `{"id", "published", "text"}`, in order of
/// publication (as a feed gives it; ties in corpus order).
#[allow(dead_code)]
pub fn to_jsonl(corpus: &Corpus) -> String {
    let mut out = Vec::new();
    write_jsonl(corpus, &mut out).expect("writing to memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// [`to_jsonl`], written to `out` line by line.
#[allow(dead_code)]
pub fn write_jsonl(corpus: &Corpus, mut out: impl std::io::Write) -> std::io::Result<()> {
    let mut order: Vec<&Report> = corpus.reports.iter().collect();
    order.sort_by(|a, b| a.published.cmp(&b.published));
    for r in order {
        let line = serde_json::json!({"id": r.id, "published": r.published, "text": r.text});
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// The corpus as sources for the library.
#[allow(dead_code)]
pub fn sources(corpus: &Corpus) -> Vec<concord::Source> {
    corpus
        .reports
        .iter()
        .map(|r| {
            concord::Source::new(r.id.clone(), r.text.clone())
                .with_published_str(&r.published)
                .expect("generated dates are real")
        })
        .collect()
}
