codetable::define_codes! {
    /// Statuses of a service.
    #[langs(en, zh)]
    #[columns(retryable: bool = false)]
    pub enum Status: u16 {
        OK = 200 => { en: "Success.", zh: "成功。" },
        /// Retry with "backoff".
        #[columns(retryable = true)]
        BUSY = 503 => { en: "The service is busy | overloaded.", zh: "服务繁忙。" },
        #[deprecated]
        OLD_BUSY = BUSY,
        LATER = _ => { en: "Comes <later>.", zh: "稍后。" },
    }
}
