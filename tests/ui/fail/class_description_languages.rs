//! A class described per language names the table's languages, and gives the default one's:
//! `fr` is not a language of the table, and `Server` lacks its `en` description.

codetable::define_codes! {
    /// Statuses.
    #[langs(en, zh)]
    #[classes(
        Client = 400..500 => { en: "The client erred.", fr: "Le client a fait erreur." },
        Server = 500..600 => { zh: "服务器错误" },
    )]
    pub enum Http: u16 {
        NOT_FOUND = 404 => { en: "Not Found", zh: "未找到" },
    }
}

fn main() {}
