//! The closed classes a parse is made of: UD parts of speech, Penn Treebank
//! tags and UD relations, as enums rather than strings.

use std::fmt;
use std::str::FromStr;

/// A tag or relation name the model or a treebank used that this crate does
/// not know.
///
/// # Example
/// ```
/// use concord::syntax::{UnknownTag, Upos};
/// let err: UnknownTag = "NOUNISH".parse::<Upos>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown tag \"NOUNISH\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown tag {0:?}")]
pub struct UnknownTag(pub String);

macro_rules! closed_class {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The name the treebank writes.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl FromStr for $name {
            type Err = UnknownTag;
            fn from_str(s: &str) -> Result<Self, UnknownTag> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownTag(s.to_string())),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

closed_class! {
    /// A Universal Dependencies part of speech.
    ///
    /// # Example
    /// ```
    /// use concord::syntax::Upos;
    /// assert_eq!("PROPN".parse::<Upos>(), Ok(Upos::Propn));
    /// assert_eq!(Upos::Num.as_str(), "NUM");
    /// ```
    Upos {
        /// Adjective.
        Adj = "ADJ",
        /// Adposition.
        Adp = "ADP",
        /// Adverb.
        Adv = "ADV",
        /// Auxiliary.
        Aux = "AUX",
        /// Coordinating conjunction.
        Cconj = "CCONJ",
        /// Determiner.
        Det = "DET",
        /// Interjection.
        Intj = "INTJ",
        /// Noun.
        Noun = "NOUN",
        /// Numeral.
        Num = "NUM",
        /// Particle.
        Part = "PART",
        /// Pronoun.
        Pron = "PRON",
        /// Proper noun.
        Propn = "PROPN",
        /// Punctuation.
        Punct = "PUNCT",
        /// Subordinating conjunction.
        Sconj = "SCONJ",
        /// Symbol.
        Sym = "SYM",
        /// Verb.
        Verb = "VERB",
        /// Other.
        X = "X",
    }
}

closed_class! {
    /// A Penn Treebank tag, as the English Web Treebank writes them.
    ///
    /// # Example
    /// ```
    /// use concord::syntax::Ptb;
    /// assert_eq!("NNS".parse::<Ptb>(), Ok(Ptb::Nns));
    /// assert_eq!(Ptb::Lrb.as_str(), "-LRB-");
    /// ```
    Ptb {
        /// Coordinating conjunction.
        Cc = "CC",
        /// Cardinal number.
        Cd = "CD",
        /// Determiner.
        Dt = "DT",
        /// Existential "there".
        Ex = "EX",
        /// Foreign word.
        Fw = "FW",
        /// Preposition or subordinating conjunction.
        In = "IN",
        /// Adjective.
        Jj = "JJ",
        /// Comparative adjective.
        Jjr = "JJR",
        /// Superlative adjective.
        Jjs = "JJS",
        /// List item marker.
        Ls = "LS",
        /// Modal.
        Md = "MD",
        /// Singular or mass noun.
        Nn = "NN",
        /// Plural noun.
        Nns = "NNS",
        /// Singular proper noun.
        Nnp = "NNP",
        /// Plural proper noun.
        Nnps = "NNPS",
        /// Predeterminer.
        Pdt = "PDT",
        /// Possessive ending.
        Pos = "POS",
        /// Personal pronoun.
        Prp = "PRP",
        /// Possessive pronoun.
        PrpS = "PRP$",
        /// Adverb.
        Rb = "RB",
        /// Comparative adverb.
        Rbr = "RBR",
        /// Superlative adverb.
        Rbs = "RBS",
        /// Particle.
        Rp = "RP",
        /// Symbol.
        Sym = "SYM",
        /// "to".
        To = "TO",
        /// Interjection.
        Uh = "UH",
        /// Verb, base form.
        Vb = "VB",
        /// Verb, past tense.
        Vbd = "VBD",
        /// Verb, gerund or present participle.
        Vbg = "VBG",
        /// Verb, past participle.
        Vbn = "VBN",
        /// Verb, non-3rd person singular present.
        Vbp = "VBP",
        /// Verb, 3rd person singular present.
        Vbz = "VBZ",
        /// Wh-determiner.
        Wdt = "WDT",
        /// Wh-pronoun.
        Wp = "WP",
        /// Possessive wh-pronoun.
        WpS = "WP$",
        /// Wh-adverb.
        Wrb = "WRB",
        /// Left bracket.
        Lrb = "-LRB-",
        /// Right bracket.
        Rrb = "-RRB-",
        /// Comma.
        Comma = ",",
        /// Sentence-final punctuation.
        Period = ".",
        /// Colon, semicolon, dash or ellipsis.
        Colon = ":",
        /// Opening quotation mark.
        OpenQuote = "``",
        /// Closing quotation mark.
        CloseQuote = "''",
        /// Hyphen.
        Hyph = "HYPH",
        /// Superfluous punctuation.
        Nfp = "NFP",
        /// Address (e-mail, web).
        Add = "ADD",
        /// Affix.
        Afx = "AFX",
        /// Goes-with (part of a split word).
        Gw = "GW",
        /// Currency symbol.
        Dollar = "$",
        /// Pound sign.
        Hash = "#",
        /// Unknown.
        Xx = "XX",
    }
}

closed_class! {
    /// A Universal Dependencies relation, with the English subtypes.
    ///
    /// # Example
    /// ```
    /// use concord::syntax::Relation;
    /// let r: Relation = "nmod:poss".parse().unwrap();
    /// assert_eq!(r.universal(), Relation::Nmod);
    /// assert_eq!(Relation::Nummod.as_str(), "nummod");
    /// ```
    Relation {
        /// Clausal modifier of a noun.
        Acl = "acl",
        /// Relative clause.
        AclRelcl = "acl:relcl",
        /// Adverbial clause.
        Advcl = "advcl",
        /// Adverbial relative clause.
        AdvclRelcl = "advcl:relcl",
        /// Adverbial modifier.
        Advmod = "advmod",
        /// Adjectival modifier.
        Amod = "amod",
        /// Apposition.
        Appos = "appos",
        /// Auxiliary.
        Aux = "aux",
        /// Passive auxiliary.
        AuxPass = "aux:pass",
        /// Case marker.
        Case = "case",
        /// Coordinating conjunction.
        Cc = "cc",
        /// Preconjunct ("both", "either").
        CcPreconj = "cc:preconj",
        /// Clausal complement.
        Ccomp = "ccomp",
        /// Classifier.
        Clf = "clf",
        /// Compound.
        Compound = "compound",
        /// Phrasal verb particle.
        CompoundPrt = "compound:prt",
        /// Conjunct.
        Conj = "conj",
        /// Copula.
        Cop = "cop",
        /// Clausal subject.
        Csubj = "csubj",
        /// Outer clausal subject.
        CsubjOuter = "csubj:outer",
        /// Passive clausal subject.
        CsubjPass = "csubj:pass",
        /// Unspecified dependency.
        Dep = "dep",
        /// Determiner.
        Det = "det",
        /// Predeterminer.
        DetPredet = "det:predet",
        /// Discourse element.
        Discourse = "discourse",
        /// Dislocated element.
        Dislocated = "dislocated",
        /// Expletive.
        Expl = "expl",
        /// Fixed multiword expression.
        Fixed = "fixed",
        /// Flat multiword expression (names).
        Flat = "flat",
        /// Goes with.
        Goeswith = "goeswith",
        /// Indirect object.
        Iobj = "iobj",
        /// List.
        List = "list",
        /// Marker.
        Mark = "mark",
        /// Nominal modifier.
        Nmod = "nmod",
        /// Descriptive nominal modifier ("Dr." before a name).
        NmodDesc = "nmod:desc",
        /// Possessive nominal modifier.
        NmodPoss = "nmod:poss",
        /// Nominal modifier with no case marker.
        NmodUnmarked = "nmod:unmarked",
        /// Nominal subject.
        Nsubj = "nsubj",
        /// Outer nominal subject.
        NsubjOuter = "nsubj:outer",
        /// Passive nominal subject.
        NsubjPass = "nsubj:pass",
        /// Numeric modifier.
        Nummod = "nummod",
        /// Object.
        Obj = "obj",
        /// Oblique nominal.
        Obl = "obl",
        /// Agent of a passive.
        OblAgent = "obl:agent",
        /// Oblique with no case marker ("last week").
        OblUnmarked = "obl:unmarked",
        /// Orphan in an ellipsis.
        Orphan = "orphan",
        /// Parataxis.
        Parataxis = "parataxis",
        /// Punctuation.
        Punct = "punct",
        /// Overridden disfluency.
        Reparandum = "reparandum",
        /// Root of the sentence.
        Root = "root",
        /// Vocative.
        Vocative = "vocative",
        /// Open clausal complement.
        Xcomp = "xcomp",
    }
}

impl Relation {
    /// The universal relation, without its English subtype.
    ///
    /// # Example
    /// ```
    /// use concord::syntax::Relation;
    /// assert_eq!(Relation::OblUnmarked.universal(), Relation::Obl);
    /// assert_eq!(Relation::Obl.universal(), Relation::Obl);
    /// ```
    pub fn universal(self) -> Relation {
        let name = self.as_str();
        match name.split_once(':') {
            Some((base, _)) => base.parse().unwrap_or(self),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &r in Relation::ALL {
            assert_eq!(r.as_str().parse::<Relation>(), Ok(r));
            assert!(!r.universal().as_str().contains(':'));
        }
        for &t in Ptb::ALL {
            assert_eq!(t.as_str().parse::<Ptb>(), Ok(t));
        }
        for &u in Upos::ALL {
            assert_eq!(u.as_str().parse::<Upos>(), Ok(u));
        }
    }
}
