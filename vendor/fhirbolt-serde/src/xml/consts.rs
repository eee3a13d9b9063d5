pub const XML_VERSION: &str = "1.0";
pub const XML_ENCODING: &str = "UTF-8";
pub const VALID_XML_STANDALONE: &str = "no";
pub const FHIR_NAMESPACE: &str = "http://hl7.org/fhir";
pub const XHTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";
