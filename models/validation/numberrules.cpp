#include "numberrules.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Validation {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHex(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

NumberParameter url(const char *name, NumberGroup group)
{
    NumberParameter p;
    p.name = QString::fromLatin1(name);
    p.value = NumberValue::Url;
    p.group = group;
    return p;
}

NumberParameter method(const char *name, NumberGroup group)
{
    NumberParameter p = url(name, group);
    p.value = NumberValue::Method;
    p.choices = {u"GET"_s, u"POST"_s};
    return p;
}

NumberParameter sid(const char *name, NumberGroup group, const char *prefix)
{
    NumberParameter p = url(name, group);
    p.value = NumberValue::Sid;
    p.sidPrefix = QString::fromLatin1(prefix);
    return p;
}

NumberParameter choice(const char *name, NumberGroup group, const QStringList &choices)
{
    NumberParameter p = url(name, group);
    p.value = NumberValue::Choice;
    p.choices = choices;
    return p;
}

NumberParameter twilioOnly(NumberParameter p)
{
    p.signalWire = false;
    return p;
}

QList<NumberParameter> buildParameters()
{
    using G = NumberGroup;
    NumberParameter phone = url("PhoneNumber", G::Number);
    phone.value = NumberValue::PhoneNumber;
    phone.onUpdate = false;
    NumberParameter area = url("AreaCode", G::Number);
    area.value = NumberValue::AreaCode;
    area.onUpdate = false;
    NumberParameter friendly = url("FriendlyName", G::Number);
    friendly.value = NumberValue::Text;
    NumberParameter lookup = url("VoiceCallerIdLookup", G::Voice);
    lookup.value = NumberValue::Boolean;
    NumberParameter account = twilioOnly(sid("AccountSid", G::Advanced, "AC"));
    account.onCreate = false; // update only: moves the number to another (sub)account

    return {
        phone,
        area,
        friendly,
        url("VoiceUrl", G::Voice),
        method("VoiceMethod", G::Voice),
        url("VoiceFallbackUrl", G::Voice),
        method("VoiceFallbackMethod", G::Voice),
        lookup,
        sid("VoiceApplicationSid", G::Voice, "AP"),
        sid("TrunkSid", G::Voice, "TK"),
        choice("VoiceReceiveMode", G::Voice, {u"voice"_s, u"fax"_s}),
        url("StatusCallback", G::Voice),
        method("StatusCallbackMethod", G::Voice),
        url("SmsUrl", G::Messaging),
        method("SmsMethod", G::Messaging),
        url("SmsFallbackUrl", G::Messaging),
        method("SmsFallbackMethod", G::Messaging),
        sid("SmsApplicationSid", G::Messaging, "AP"),
        twilioOnly(choice("EmergencyStatus", G::Emergency, {u"Active"_s, u"Inactive"_s})),
        twilioOnly(sid("EmergencyAddressSid", G::Emergency, "AD")),
        sid("AddressSid", G::Regulatory, "AD"),
        sid("IdentitySid", G::Regulatory, "RI"),
        twilioOnly(sid("BundleSid", G::Regulatory, "BU")),
        choice("ApiVersion", G::Advanced, {u"2010-04-01"_s, u"2008-08-01"_s}),
        account,
    };
}

const char *urlPrefixes[] = {"https://", "http://"};

} // namespace

const QList<NumberParameter> &numberParameters()
{
    static const QList<NumberParameter> parameters = buildParameters();
    return parameters;
}

const NumberParameter *numberParameter(QStringView name)
{
    for (const NumberParameter &p : numberParameters()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

FieldCheck checkE164(QStringView number, ReasonLanguage language)
{
    if (number.isEmpty()) {
        return FieldCheck::incomplete(reasonText(
            language, QT_TRANSLATE_NOOP("Validation",
                                        "Enter the number in E.164 form, such as +14155550100.")));
    }
    if (!number.startsWith(u'+')) {
        return FieldCheck::wrong(reasonText(
            language,
            QT_TRANSLATE_NOOP("Validation",
                              "Start with + and the country code, such as +14155550100.")));
    }
    const QStringView digits = number.mid(1);
    for (QChar c : digits) {
        if (!isDigit(c)) {
            return FieldCheck::wrong(reasonText(
                language, QT_TRANSLATE_NOOP("Validation",
                                            "Use digits only after the +, without spaces, dashes "
                                            "or brackets.")));
        }
    }
    if (digits.startsWith(u'0')) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "A country code never starts with 0.")));
    }
    const bool nanp = digits.startsWith(u'1');
    const qsizetype max = nanp ? 11 : 15;
    const qsizetype min = nanp ? 11 : 8;
    if (digits.size() > max) {
        return FieldCheck::wrong(
            nanp ? reasonText(language,
                              QT_TRANSLATE_NOOP("Validation",
                                                "A +1 number has 10 digits after the +1."))
                 : reasonText(language, QT_TRANSLATE_NOOP("Validation",
                                                          "An E.164 number has at most 15 "
                                                          "digits.")));
    }
    if (digits.size() < min) {
        return FieldCheck::incomplete(
            nanp ? reasonText(language,
                              QT_TRANSLATE_NOOP("Validation",
                                                "A +1 number has 10 digits after the +1."))
                 : reasonText(language, QT_TRANSLATE_NOOP("Validation",
                                                          "The number is too short.")));
    }
    if (nanp && (digits.at(1) == u'0' || digits.at(1) == u'1')) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation",
                                        "A North American area code does not start with 0 or "
                                        "1.")));
    }
    return FieldCheck::ok();
}

FieldCheck checkAreaCode(QStringView areaCode, ReasonLanguage language)
{
    for (QChar c : areaCode) {
        if (!isDigit(c)) {
            return FieldCheck::wrong(reasonText(
                language, QT_TRANSLATE_NOOP("Validation", "An area code has digits only.")));
        }
    }
    if (!areaCode.isEmpty() && (areaCode.at(0) == u'0' || areaCode.at(0) == u'1')) {
        return FieldCheck::wrong(reasonText(
            language,
            QT_TRANSLATE_NOOP("Validation", "A North American area code does not start with 0 or 1.")));
    }
    if (areaCode.size() > 3) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "An area code has three digits.")));
    }
    if (areaCode.size() < 3) {
        return FieldCheck::incomplete(reasonText(
            language,
            QT_TRANSLATE_NOOP("Validation", "Enter a three-digit area code, such as 415.")));
    }
    return FieldCheck::ok();
}

FieldCheck checkTwilioSid(QStringView sid, QStringView prefix, ReasonLanguage language)
{
    const qsizetype length = prefix.size() + 32;
    const QString expected = reasonText(
        language, QT_TRANSLATE_NOOP("Validation",
                                    "Expected %1 followed by 32 hexadecimal digits."))
                                 .arg(prefix);
    const qsizetype common = std::min(sid.size(), prefix.size());
    if (sid.left(common) != prefix.left(common))
        return FieldCheck::wrong(expected);
    for (qsizetype i = prefix.size(); i < sid.size(); ++i) {
        if (!isHex(sid.at(i)))
            return FieldCheck::wrong(expected);
    }
    if (sid.size() > length)
        return FieldCheck::wrong(expected);
    if (sid.size() < length)
        return FieldCheck::incomplete(expected);
    return FieldCheck::ok();
}

FieldCheck checkUuid(QStringView uuid, ReasonLanguage language)
{
    // 8-4-4-4-12 hex digits; version 1 to 5 and the RFC 4122 variant.
    const QString expected = reasonText(
        language,
        QT_TRANSLATE_NOOP("Validation",
                          "Expected an identifier such as 4c1e2f6a-8d3b-4f5e-9a7c-2b1d0e6f3a88."));
    static constexpr qsizetype dashes[] = {8, 13, 18, 23};
    if (uuid.size() > 36)
        return FieldCheck::wrong(expected);
    for (qsizetype i = 0; i < uuid.size(); ++i) {
        const bool dash = std::find(std::begin(dashes), std::end(dashes), i) != std::end(dashes);
        if (dash ? uuid.at(i) != u'-' : !isHex(uuid.at(i)))
            return FieldCheck::wrong(expected);
    }
    if (uuid.size() < 36)
        return FieldCheck::incomplete(expected);
    const QChar version = uuid.at(14);
    const QChar variant = uuid.at(19).toLower();
    if (version < u'1' || version > u'5'
        || !(variant == u'8' || variant == u'9' || variant == u'a' || variant == u'b'))
        return FieldCheck::wrong(expected);
    return FieldCheck::ok();
}

FieldCheck checkCallbackUrl(QStringView text, ReasonLanguage language)
{
    if (text.isEmpty())
        return FieldCheck::ok();
    const auto wrong = [language](const char *why) {
        return FieldCheck::wrong(reasonText(language, why));
    };
    for (const char *prefix : urlPrefixes) {
        const QString p = QString::fromLatin1(prefix);
        if (p.startsWith(text, Qt::CaseInsensitive) && text.size() < p.size()) {
            return FieldCheck::incomplete(reasonText(
                language, QT_TRANSLATE_NOOP("Validation",
                                            "Enter a full URL, such as "
                                            "https://example.com/voice.")));
        }
    }
    if (!text.startsWith(u"https://", Qt::CaseInsensitive)
        && !text.startsWith(u"http://", Qt::CaseInsensitive)) {
        return wrong(QT_TRANSLATE_NOOP("Validation",
                                       "Start the URL with https:// (or http://)."));
    }
    if (text.size() > CallbackUrlMaxLength) {
        return FieldCheck::wrong(
            reasonText(language,
                       QT_TRANSLATE_NOOP("Validation", "A URL is at most %1 characters long."))
                .arg(CallbackUrlMaxLength));
    }
    for (QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return wrong(QT_TRANSLATE_NOOP(
                "Validation", "A URL cannot contain spaces or control characters."));
        }
    }
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (url.host().isEmpty()) {
        const qsizetype afterScheme = text.indexOf(u"://") + 3;
        if (afterScheme == text.size()) {
            return FieldCheck::incomplete(reasonText(
                language, QT_TRANSLATE_NOOP("Validation", "Enter the host name after //.")));
        }
        return wrong(QT_TRANSLATE_NOOP("Validation", "The URL has no valid host name."));
    }
    if (!url.isValid())
        return wrong(QT_TRANSLATE_NOOP("Validation", "This is not a valid URL."));
    return FieldCheck::ok();
}

bool isPlainHttpUrl(QStringView url)
{
    return url.startsWith(u"http://", Qt::CaseInsensitive) && checkCallbackUrl(url).isOk();
}

FieldCheck checkFriendlyName(QStringView name, ReasonLanguage language)
{
    if (name.size() > FriendlyNameMaxLength) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation",
                                                   "A friendly name is at most %1 characters "
                                                   "long; this one has %2."))
                .arg(FriendlyNameMaxLength)
                .arg(name.size()));
    }
    return FieldCheck::ok();
}

FieldCheck checkNumberValue(const NumberParameter &p, QStringView value, NumberFamily family,
                            ReasonLanguage language)
{
    switch (p.value) {
    case NumberValue::PhoneNumber:
        return checkE164(value, language);
    case NumberValue::AreaCode:
        return checkAreaCode(value, language);
    case NumberValue::Text:
        return checkFriendlyName(value, language);
    case NumberValue::Url:
        return checkCallbackUrl(value, language);
    case NumberValue::Sid:
        if (value.isEmpty())
            return FieldCheck::ok();
        return family == NumberFamily::Twilio ? checkTwilioSid(value, p.sidPrefix, language)
                                              : checkUuid(value, language);
    case NumberValue::Boolean:
        if (value.isEmpty() || value.compare(u"true", Qt::CaseInsensitive) == 0
            || value.compare(u"false", Qt::CaseInsensitive) == 0)
            return FieldCheck::ok();
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Use true or false.")));
    case NumberValue::Method:
    case NumberValue::Choice:
        if (value.isEmpty())
            return FieldCheck::ok();
        for (const QString &c : p.choices) {
            if (c.compare(value, Qt::CaseInsensitive) == 0)
                return FieldCheck::ok();
        }
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Use one of: %1."))
                .arg(p.choices.join(u", "_s)));
    }
    return FieldCheck::ok();
}

QString normalizedNumberValue(const NumberParameter &p, const QString &value)
{
    if (p.value == NumberValue::Boolean)
        return value.toLower();
    if (p.value == NumberValue::Method || p.value == NumberValue::Choice) {
        for (const QString &c : p.choices) {
            if (c.compare(value, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return value;
}

QList<NumberParameterError> checkNumberRequest(const QList<QPair<QString, QString>> &parameters,
                                               NumberFamily family, NumberOperation operation,
                                               ReasonLanguage language)
{
    QList<NumberParameterError> errors;
    const auto valueOf = [&](QStringView name) -> std::optional<QString> {
        for (const auto &[n, v] : parameters) {
            if (n == name)
                return v;
        }
        return std::nullopt;
    };
    for (const NumberParameter &p : numberParameters()) {
        if (!p.appliesTo(family, operation))
            continue;
        const std::optional<QString> value = valueOf(p.name);
        if (!value)
            continue;
        // A present but empty PhoneNumber or AreaCode counts as absent (the required check
        // below speaks for it); any other empty value clears its field.
        if (value->isEmpty()
            && (p.value == NumberValue::PhoneNumber || p.value == NumberValue::AreaCode))
            continue;
        const FieldCheck check = checkNumberValue(p, *value, family, language);
        if (check.isOk())
            continue;
        int code = TwilioInvalidParameter;
        if (p.value == NumberValue::PhoneNumber)
            code = TwilioInvalidPhoneNumber;
        else if (p.value == NumberValue::AreaCode)
            code = TwilioInvalidAreaCode;
        else if (p.value == NumberValue::Url)
            code = TwilioInvalidUrl;
        errors.append({p.name, code,
                       reasonText(language, QT_TRANSLATE_NOOP("Validation", "%1 is not valid: %2"))
                           .arg(p.name, check.reason)});
    }
    if (operation == NumberOperation::Create && valueOf(u"PhoneNumber").value_or(QString()).isEmpty()
        && valueOf(u"AreaCode").value_or(QString()).isEmpty()) {
        errors.append({u"PhoneNumber"_s, TwilioInvalidParameter,
                       reasonText(language, QT_TRANSLATE_NOOP("Validation",
                                                              "A PhoneNumber or an AreaCode is "
                                                              "required."))});
    }
    if (!valueOf(u"VoiceApplicationSid").value_or(QString()).isEmpty()
        && !valueOf(u"TrunkSid").value_or(QString()).isEmpty()) {
        errors.append({u"TrunkSid"_s, TwilioInvalidParameter,
                       reasonText(language, QT_TRANSLATE_NOOP("Validation",
                                                              "Set a voice application or a "
                                                              "trunk, not both: setting one "
                                                              "clears the other."))});
    }
    return errors;
}

} // namespace Validation
