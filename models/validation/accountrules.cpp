#include "accountrules.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Validation {

namespace {
bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A shape said on its own, not after "Too short: ", starts a sentence.
QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

bool isLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
           || c == u'-';
}

// "AC" + 32 hex digits and the like: a prefix of a valid SID is Incomplete, anything else
// Wrong, with the reason in the words of `what` ("An account SID").
FieldCheck checkPrefixedHex(QStringView text, QStringView prefix, int digits, ReasonLanguage language,
                            const char *required, const char *shape)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return FieldCheck::incomplete(reasonText(language, required));
    const QString expected = reasonText(language, shape);
    const qsizetype total = prefix.size() + digits;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isSpace()) {
            return FieldCheck::wrong(
                reasonText(language, QT_TRANSLATE_NOOP("Validation", "Remove the spaces: %1"))
                    .arg(expected));
        }
        const bool fits = i < prefix.size() ? c.toUpper() == prefix.at(i) : isHex(c);
        if (!fits)
            return FieldCheck::wrong(capitalized(expected));
    }
    if (trimmed.size() < total) {
        return FieldCheck::incomplete(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too short: %1")).arg(expected));
    }
    if (trimmed.size() > total) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too long: %1")).arg(expected));
    }
    if (!trimmed.startsWith(prefix))
        return FieldCheck::wrong(capitalized(expected)); // "ac…": Twilio's prefixes are upper case
    return FieldCheck::ok();
}

bool isDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        if (!isLabelChar(c))
            return false;
    }
    return true;
}

bool isIpv4Loopback(QStringView host)
{
    const QList<QStringView> parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0 || n > 255 || part.isEmpty() || part.size() > 3)
            return false;
    }
    return parts.first() == u"127";
}
} // namespace

FieldCheck checkAccountName(QStringView name, const QStringList &others, ReasonLanguage language)
{
    const QString trimmed = name.trimmed().toString();
    if (trimmed.isEmpty()) {
        return FieldCheck::incomplete(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "Give the account a name, e.g. “Acme production”.")));
    }
    if (trimmed.size() > AccountNameMaxLength) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "A name is at most %1 characters long."))
                .arg(AccountNameMaxLength));
    }
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control) {
            return FieldCheck::wrong(reasonText(
                language, QT_TRANSLATE_NOOP("Validation", "A name cannot contain control characters.")));
        }
    }
    for (const QString &other : others) {
        if (other.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0) {
            return FieldCheck::wrong(
                reasonText(language,
                       QT_TRANSLATE_NOOP("Validation", "Another account is already called “%1”."))
                    .arg(other.trimmed()));
        }
    }
    return FieldCheck::ok();
}

FieldCheck checkTwilioAccountSid(QStringView sid, ReasonLanguage language)
{
    return checkPrefixedHex(
        sid, u"AC", 32, language, QT_TRANSLATE_NOOP("Validation", "The account SID is required."),
        QT_TRANSLATE_NOOP("Validation",
                          "an account SID is “AC” followed by 32 hexadecimal digits."));
}

FieldCheck checkTwilioApiKeySid(QStringView sid, ReasonLanguage language)
{
    return checkPrefixedHex(
        sid, u"SK", 32, language, QT_TRANSLATE_NOOP("Validation", "The API key SID is required."),
        QT_TRANSLATE_NOOP("Validation",
                          "an API key SID is “SK” followed by 32 hexadecimal digits."));
}

FieldCheck checkTwilioAuthToken(QStringView token, ReasonLanguage language)
{
    return checkPrefixedHex(
        token, u"", 32, language, QT_TRANSLATE_NOOP("Validation", "The auth token is required."),
        QT_TRANSLATE_NOOP("Validation", "an auth token is 32 hexadecimal digits."));
}

FieldCheck checkTwilioApiKeySecret(QStringView secret, ReasonLanguage language)
{
    const QString trimmed = secret.trimmed().toString();
    if (trimmed.isEmpty()) {
        return FieldCheck::incomplete(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "The API key secret is required.")));
    }
    const QString shape =
        reasonText(language, QT_TRANSLATE_NOOP("Validation", "an API key secret is 32 letters and digits."));
    for (QChar c : trimmed) {
        if (!isAsciiAlnum(c))
            return FieldCheck::wrong(capitalized(shape));
    }
    if (trimmed.size() < 32) {
        return FieldCheck::incomplete(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too short: %1")).arg(shape));
    }
    if (trimmed.size() > 32) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too long: %1")).arg(shape));
    }
    return FieldCheck::ok();
}

FieldCheck checkTwilioRegion(QStringView region, ReasonLanguage language)
{
    const QStringView r = region.trimmed();
    if (r.isEmpty())
        return FieldCheck::ok();
    const QString shape = reasonText(
        language, QT_TRANSLATE_NOOP("Validation", "A region is two letters and a digit, e.g. “ie1”."));
    for (qsizetype i = 0; i < r.size(); ++i) {
        const QChar c = r.at(i);
        const bool fits = i < 2 ? (c >= u'a' && c <= u'z') : (i == 2 && c >= u'0' && c <= u'9');
        if (!fits)
            return FieldCheck::wrong(shape);
    }
    if (r.size() < 3)
        return FieldCheck::incomplete(shape);
    return FieldCheck::ok();
}

FieldCheck checkTwilioEdge(QStringView edge, ReasonLanguage language)
{
    const QStringView e = edge.trimmed();
    if (e.isEmpty())
        return FieldCheck::ok();
    for (QChar c : e) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')) {
            return FieldCheck::wrong(reasonText(
                language, QT_TRANSLATE_NOOP("Validation", "An edge is a lower-case name such as "
                                                          "“sydney” or “sao-paulo”.")));
        }
    }
    if (e.startsWith(u'-') || e.endsWith(u'-') || e.size() > 63) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "An edge is a lower-case name such as "
                                                      "“sydney” or “sao-paulo”.")));
    }
    return FieldCheck::ok();
}

QStringList twilioRegions()
{
    return {u"us1"_s, u"us2"_s, u"ie1"_s, u"au1"_s, u"jp1"_s, u"sg1"_s, u"br1"_s, u"de1"_s};
}

QStringList twilioEdges()
{
    return {u"ashburn"_s, u"dublin"_s, u"frankfurt"_s, u"sao-paulo"_s, u"singapore"_s,
            u"sydney"_s,  u"tokyo"_s,  u"umatilla"_s,  u"roaming"_s};
}

QString signalWireSpaceName(QStringView space)
{
    QString s = space.trimmed().toString().toLower();
    if (s.startsWith(u"https://"))
        s = s.mid(8);
    if (s.endsWith(u'/'))
        s.chop(1);
    if (s.endsWith(u".signalwire.com"))
        s.chop(int(qstrlen(".signalwire.com")));
    return isDnsLabel(s) ? s : QString();
}

FieldCheck checkSignalWireSpace(QStringView space, ReasonLanguage language)
{
    const QString s = space.trimmed().toString();
    if (s.isEmpty()) {
        return FieldCheck::incomplete(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "The space is required: the name before "
                                                      "“.signalwire.com”.")));
    }
    if (signalWireSpaceName(s).isEmpty()) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "Enter the space’s name (“example”) or its "
                                                      "address (“example.signalwire.com”).")));
    }
    return FieldCheck::ok();
}

FieldCheck checkProjectId(QStringView id, ReasonLanguage language)
{
    const QString trimmed = id.trimmed().toString();
    if (trimmed.isEmpty()) {
        return FieldCheck::incomplete(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "The project ID is required.")));
    }
    const QString shape = reasonText(
        language, QT_TRANSLATE_NOOP("Validation", "a project ID looks like "
                                                  "“a1b2c3d4-0000-4000-8000-1234567890ab”."));
    static constexpr int dashes[] = {8, 13, 18, 23};
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        const bool dash = std::find(std::begin(dashes), std::end(dashes), i) != std::end(dashes);
        if (dash ? c != u'-' : !isHex(c))
            return FieldCheck::wrong(capitalized(shape));
    }
    if (trimmed.size() < 36) {
        return FieldCheck::incomplete(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too short: %1")).arg(shape));
    }
    if (trimmed.size() > 36) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too long: %1")).arg(shape));
    }
    return FieldCheck::ok();
}

FieldCheck checkPropertiesAccountSid(QStringView sid, ReasonLanguage language)
{
    const QString trimmed = sid.trimmed().toString();
    if (trimmed.isEmpty()) {
        return FieldCheck::incomplete(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "The account SID is required.")));
    }
    const QString shape = reasonText(
        language, QT_TRANSLATE_NOOP("Validation", "an account SID is 32 upper-case letters and digits."));
    for (QChar c : trimmed) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return FieldCheck::wrong(capitalized(shape));
    }
    if (trimmed.size() < 32) {
        return FieldCheck::incomplete(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too short: %1")).arg(shape));
    }
    if (trimmed.size() > 32) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Too long: %1")).arg(shape));
    }
    return FieldCheck::ok();
}

FieldCheck checkSecret(QStringView secret, ReasonLanguage language)
{
    if (secret.isEmpty())
        return FieldCheck::incomplete(reasonText(language, QT_TRANSLATE_NOOP("Validation", "Required.")));
    for (QChar c : secret) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return FieldCheck::wrong(reasonText(
                language, QT_TRANSLATE_NOOP("Validation", "Contains a space or a line break; "
                                                          "copy it again without them.")));
        }
    }
    if (secret.size() > SecretMaxLength) {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "At most %1 characters."))
                .arg(SecretMaxLength));
    }
    return FieldCheck::ok();
}

bool isLoopbackHost(QStringView host)
{
    QStringView h = host;
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    if (h.compare(u"localhost", Qt::CaseInsensitive) == 0
        || h.endsWith(u".localhost", Qt::CaseInsensitive)) {
        return true;
    }
    if (h == u"::1" || h == u"0:0:0:0:0:0:0:1")
        return true;
    return isIpv4Loopback(h);
}

FieldCheck checkApiBaseUrl(QStringView text, ReasonLanguage language)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty()) {
        return FieldCheck::incomplete(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "The server address is required, e.g. "
                                                      "“https://api.example.com”.")));
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!trimmed.contains(u"://")) {
        // "https:/", "api.example.com": typing may still make it an address.
        if (QStringView(u"https://").startsWith(trimmed, Qt::CaseInsensitive)
            || QStringView(u"http://").startsWith(trimmed, Qt::CaseInsensitive)) {
            return FieldCheck::incomplete(reasonText(
                language, QT_TRANSLATE_NOOP("Validation", "Enter the whole address, e.g. "
                                                          "“https://api.example.com”.")));
        }
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "Start the address with “https://”.")));
    }
    if (!url.isValid() || url.host().isEmpty()) {
        if (url.isValid() && trimmed.endsWith(u"://"))
            return FieldCheck::incomplete(reasonText(
                language, QT_TRANSLATE_NOOP("Validation", "Enter the server’s host name after “//”.")));
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "This is not a valid address.")));
    }
    if (scheme != u"https" && scheme != u"http") {
        return FieldCheck::wrong(
            reasonText(language, QT_TRANSLATE_NOOP("Validation", "Use an https address (not “%1”)."))
                .arg(url.scheme()));
    }
    if (!url.userInfo().isEmpty()) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "Leave credentials out of the address; "
                                                      "they have their own fields.")));
    }
    if ((!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment()) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "Enter the server only (scheme, host and "
                                                      "port), without a path.")));
    }
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        return FieldCheck::wrong(reasonText(
            language, QT_TRANSLATE_NOOP("Validation", "Plain http is only allowed for this "
                                                      "computer (localhost); use https.")));
    }
    return FieldCheck::ok();
}

} // namespace Validation
