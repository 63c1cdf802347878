//! Prices of named products: "the 13-inch MacBook Pro costs $1,199",
//! "the BlackBerry Q10 is priced at $199". Only where the words name the
//! product; instalments, contract prices, ranges and sums that are not
//! prices are left alone.

use super::frame::Around;
use crate::model::words::word_list_fn;
use crate::model::Quantity;

word_list_fn! {
    /// Words that make an amount a price.
    fn price_cues = "price_cues.txt"
}

word_list_fn! {
    /// Words near an amount that make it something other than the product's
    /// one price: a part payment, a contract price, a range, or another sum.
    fn not_the_price = "not_the_price.txt"
}

word_list_fn! {
    /// Capitalized words that do not name a product.
    fn not_product = "not_product.txt"
}

impl Around<'_, '_> {
    /// "the 13-inch MacBook Pro costs $1,199": the price of the product
    /// the sentence names before the cue, with its size when one is given.
    /// The product must be one the headline names (`title`, in lowercase):
    /// the report's own, not a part ("8 GB of RAM, priced at") or a
    /// sibling model.
    pub fn price(&self, a: usize, b: usize, q: &Quantity, title: &str) -> Option<String> {
        let w = self.words;
        let (_, unit) = q.canonical();
        if unit.len() != 3 || !unit.chars().all(|c| c.is_ascii_uppercase()) || self.headline {
            return None;
        }
        let cue = (a.saturating_sub(4)..a)
            .rev()
            .find(|&i| price_cues().contains(&w.lower(i)))?;
        let near = a.saturating_sub(4)..(b + 4).min(w.len());
        if near.clone().any(|i| not_the_price().contains(&w.lower(i))) {
            return None;
        }
        // the nearest run of capitalized words before the cue
        let named = |i: usize| {
            let t = w.items[i].text;
            i > 0
                && t.starts_with(char::is_uppercase)
                && !not_product().contains(&t)
                && !t.ends_with("'s")
                && !t.ends_with("’s")
        };
        let last = (0..cue).rev().find(|&i| named(i))?;
        let mut first = last;
        while first > 1 && last - first < 3 && named(first - 1) {
            first -= 1;
        }
        let product: Vec<&str> = (first..=last).map(|i| w.lower(i)).collect();
        let in_title = |x: &str| title.split(|c: char| !c.is_alphanumeric()).any(|t| t == x);
        if !product.iter().all(|x| in_title(x)) {
            return None;
        }
        // "13-inch": the size nearest before the amount, else just after
        // it ("starts at $1,199 for the 13-inch option")
        let is_size =
            |i: usize| w.lower(i + 1) == "inch" && w.lower(i).chars().all(|c| c.is_ascii_digit());
        let size = (0..a)
            .rev()
            .find(|&i| is_size(i))
            .or_else(|| (b..(b + 4).min(w.len())).find(|&i| is_size(i)))
            .map(|i| format!(" {}-inch", w.lower(i)));
        Some(format!(
            "price of {}{}",
            product.join(" "),
            size.unwrap_or_default()
        ))
    }
}
