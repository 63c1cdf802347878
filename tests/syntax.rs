//! The shipped tagger and parser against UD English EWT's test file, read
//! in place from `../shared/ud-english-ewt`: the figures issue 9 names. The
//! test is ignored, not passed, when the treebank is absent.

use concord::syntax::{conllu, eval, Model, Relation};
use std::path::Path;

#[test]
#[cfg_attr(not(has_ewt), ignore = "needs ../shared/ud-english-ewt")]
fn ewt_test_figures() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ud-english-ewt/en_ewt-ud-test.conllu");
    let bank = conllu::read(&std::fs::read_to_string(path).expect("the test file")).expect("it reads");
    let e = eval::evaluate(Model::english().expect("the shipped model"), &bank);
    eprintln!("{e}");
    assert_eq!(e.uas.total, 25_094);
    assert!(e.upos.percent() >= 95.0, "{e}");
    assert!(e.uas.percent() >= 84.5, "{e}");
    assert!(e.las.percent() >= 81.2, "{e}");
    // The relations claims are read from.
    for (r, las) in [
        (Relation::Nummod, 85.0),
        (Relation::Nmod, 60.0),
        (Relation::Obl, 65.0),
        (Relation::Appos, 50.0),
        (Relation::Nsubj, 85.0),
    ] {
        let got = e.relations[&r].1.percent();
        assert!(got >= las, "{r}: LAS {got:.2} < {las}");
    }
}
