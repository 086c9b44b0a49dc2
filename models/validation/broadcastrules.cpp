#include "broadcastrules.h"

#include "numberrules.h"
#include "textrules.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Validation {

namespace {

namespace Code = BroadcastErrorCode;

const QString Phone = u"phone"_s;

QString reason(ReasonLanguage language, const char *text)
{
    return reasonText(language, text);
}

// An optional value the contract gives a default or lets be omitted: JSON null counts as
// absent, so a client that writes every key of its form (with null for the unset ones) and one
// that leaves them out are answered alike.
bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// An id field (brand_id, campaign_id...): absent, null and blank are all "not given", the
// `required` of the header; a given one is a string that passes the text rule.
struct IdField
{
    enum class State { Absent, Given, Invalid };
    State state = State::Absent;
    QString id;     // when Given
    QString reason; // when Invalid
};

IdField readId(const QJsonObject &body, const QString &key, ReasonLanguage language)
{
    const QJsonValue value = body.value(key);
    if (isAbsent(value))
        return {};
    if (!value.isString()) {
        return {IdField::State::Invalid, {},
                reason(language, QT_TRANSLATE_NOOP("Validation", "%1 must be a string id."))
                    .arg(key)};
    }
    const QString id = value.toString();
    if (id.trimmed().isEmpty())
        return {};
    if (const FieldCheck text = checkText(id, key, language); !text.isOk())
        return {IdField::State::Invalid, {}, text.reason};
    return {IdField::State::Given, id, {}};
}

class ProjectCheck
{
public:
    ProjectCheck(const QJsonObject &body, const BroadcastLookup &lookup, ReasonLanguage language)
        : m_body(body)
        , m_lookup(lookup)
        , m_language(language)
    {
    }

    QList<BroadcastFieldError> run()
    {
        checkName();
        checkType();
        checkMessageType();
        checkChannel();
        checkNumbers();
        checkBrandAndCampaign();
        checkVerification();
        checkLinkTracking();
        return m_errors;
    }

private:
    void add(const QString &field, const char16_t *code, const QString &message)
    {
        m_errors.append({field, QString::fromUtf16(code), message});
    }
    QString text(const char *source) const { return reason(m_language, source); }

    void checkName();
    void checkType();
    void checkMessageType();
    void checkChannel();
    void checkNumbers();
    void checkNumberList(const QString &field, const QJsonArray &ids);
    void checkOneNumber(const QString &field, const QString &id);
    void checkBrandAndCampaign();
    void checkVerification();
    void checkLinkTracking();
    // A required-or-forbidden id of one channel; the verdict, for the checks that follow.
    IdField checkChannelId(const QString &field, BroadcastChannel needs);

    const QJsonObject &m_body;
    const BroadcastLookup &m_lookup;
    ReasonLanguage m_language;
    QList<BroadcastFieldError> m_errors;
    // nullopt while the channel is not one of the two: the rules that depend on it wait.
    std::optional<BroadcastChannel> m_channel;
    // The toll-free verification when given and known, for the numbers' check.
    std::optional<QString> m_verification;
};

void ProjectCheck::checkName()
{
    const QString field = u"name"_s;
    const QJsonValue value = m_body.value(field);
    if (isAbsent(value)) {
        add(field, Code::Required, text(QT_TRANSLATE_NOOP("Validation", "Name is required.")));
        return;
    }
    if (!value.isString()) {
        add(field, Code::Invalid, text(QT_TRANSLATE_NOOP("Validation", "name must be a string.")));
        return;
    }
    const QString name = value.toString();
    if (name.trimmed().isEmpty()) {
        add(field, Code::Required, text(QT_TRANSLATE_NOOP("Validation", "Name is required.")));
        return;
    }
    if (const FieldCheck check = checkText(name, text(QT_TRANSLATE_NOOP("Validation", "Name")),
                                           m_language);
        !check.isOk()) {
        add(field, Code::Invalid, check.reason);
        return;
    }
    if (name.size() > BroadcastNameMaxLength) {
        add(field, Code::TooLong,
            text(QT_TRANSLATE_NOOP("Validation",
                                   "A project name is at most %1 characters long; this one has "
                                   "%2."))
                .arg(BroadcastNameMaxLength)
                .arg(name.size()));
    }
}

void ProjectCheck::checkType()
{
    const QJsonValue value = m_body.value(u"type"_s);
    if (isAbsent(value) || value == QJsonValue(u"broadcast"_s))
        return;
    add(u"type"_s, Code::Invalid,
        text(QT_TRANSLATE_NOOP("Validation", "The only project type is “broadcast”.")));
}

void ProjectCheck::checkMessageType()
{
    const QJsonValue value = m_body.value(u"message_type"_s);
    if (isAbsent(value)
        || (value.isString() && broadcastMessageTypeFromWire(value.toString()).has_value()))
        return;
    add(u"message_type"_s, Code::Invalid,
        text(QT_TRANSLATE_NOOP("Validation", "The message type is “sms” or “mms”.")));
}

void ProjectCheck::checkChannel()
{
    const QJsonValue value = m_body.value(u"channel"_s);
    if (isAbsent(value)) {
        m_channel = BroadcastChannel::TenDlc;
        return;
    }
    if (value.isString())
        m_channel = broadcastChannelFromWire(value.toString());
    if (!m_channel) {
        add(u"channel"_s, Code::Invalid,
            text(QT_TRANSLATE_NOOP("Validation", "The channel is “10dlc” or “toll-free”.")));
    }
}

void ProjectCheck::checkNumbers()
{
    // The toll-free verification decides which toll-free numbers fit, and its field comes
    // later in the order of errors: read it (without reporting) first.
    if (m_channel == BroadcastChannel::TollFree) {
        const IdField verification = readId(m_body, u"toll_free_verification_id"_s, m_language);
        if (verification.state == IdField::State::Given
            && m_lookup.hasTollFreeVerification(verification.id))
            m_verification = verification.id;
    }

    const QString listField = u"phone_number_ids"_s;
    const QString oneField = u"phone_number_id"_s;
    const QJsonValue list = m_body.value(listField);
    const QJsonValue one = m_body.value(oneField);
    if (isAbsent(list) && isAbsent(one)) {
        add(listField, Code::Required,
            text(QT_TRANSLATE_NOOP("Validation", "Choose at least one sending number.")));
        return;
    }
    if (!isAbsent(list)) {
        if (!list.isArray()) {
            add(listField, Code::Invalid,
                text(QT_TRANSLATE_NOOP("Validation",
                                       "phone_number_ids must be a list of number ids.")));
        } else {
            checkNumberList(listField, list.toArray());
        }
        if (!isAbsent(one)) {
            add(oneField, Code::Conflict,
                text(QT_TRANSLATE_NOOP("Validation",
                                       "Send phone_number_ids or the deprecated phone_number_id, "
                                       "not both.")));
        }
        return;
    }
    // The deprecated single id: a one-element phone_number_ids, its errors under its own key.
    if (!one.isString()) {
        add(oneField, Code::Invalid,
            text(QT_TRANSLATE_NOOP("Validation", "phone_number_id must be a string id.")));
        return;
    }
    checkNumberList(oneField, QJsonArray{one});
}

void ProjectCheck::checkNumberList(const QString &field, const QJsonArray &ids)
{
    if (ids.isEmpty()) {
        add(field, Code::TooFew,
            text(QT_TRANSLATE_NOOP("Validation", "Choose at least one sending number.")));
        return;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QJsonValue value = ids.at(i);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            add(field, Code::Invalid,
                text(QT_TRANSLATE_NOOP("Validation",
                                       "Item %1 of the numbers is not a number id."))
                    .arg(i + 1));
            continue;
        }
        const QString id = value.toString();
        if (const FieldCheck check = checkText(id, field, m_language); !check.isOk()) {
            add(field, Code::Invalid, check.reason);
            continue;
        }
        if (seen.contains(id)) {
            add(field, Code::Duplicate,
                text(QT_TRANSLATE_NOOP("Validation", "%1 is chosen more than once.")).arg(id));
            continue;
        }
        seen.insert(id);
        checkOneNumber(field, id);
    }
    if (ids.size() > BroadcastMaxNumbers) {
        add(field, Code::TooMany,
            text(QT_TRANSLATE_NOOP("Validation",
                                   "A project sends from at most %1 numbers; %2 are chosen."))
                .arg(BroadcastMaxNumbers)
                .arg(ids.size()));
    }
}

void ProjectCheck::checkOneNumber(const QString &field, const QString &id)
{
    const std::optional<BroadcastNumberRef> number = m_lookup.number(id);
    if (!number) {
        add(field, Code::NotFound,
            text(QT_TRANSLATE_NOOP("Validation", "%1 is not a number of this organisation."))
                .arg(id));
        return;
    }
    if (m_channel == BroadcastChannel::TenDlc && number->tollFree) {
        add(field, Code::Mismatch,
            text(QT_TRANSLATE_NOOP("Validation", "%1 is a toll-free number; a 10DLC project "
                                                 "sends from local numbers."))
                .arg(number->phoneNumber));
    } else if (m_channel == BroadcastChannel::TollFree && !number->tollFree) {
        add(field, Code::Mismatch,
            text(QT_TRANSLATE_NOOP("Validation", "%1 is a local number; a toll-free project "
                                                 "sends from toll-free numbers."))
                .arg(number->phoneNumber));
    } else if (m_channel == BroadcastChannel::TollFree && m_verification
               && number->tollFreeVerificationId != *m_verification) {
        add(field, Code::Mismatch,
            text(QT_TRANSLATE_NOOP("Validation", "%1 belongs to another toll-free "
                                                 "verification."))
                .arg(number->phoneNumber));
    }
}

IdField ProjectCheck::checkChannelId(const QString &field, BroadcastChannel needs)
{
    const IdField id = readId(m_body, field, m_language);
    if (id.state == IdField::State::Invalid) {
        add(field, Code::Invalid, id.reason);
        return id;
    }
    if (!m_channel)
        return id; // required or forbidden: not known until the channel is
    if (*m_channel == needs && id.state == IdField::State::Absent) {
        // Said as the form asks for it, since that is where a user meets it.
        const char *why =
            field == u"brand_id"
                ? QT_TRANSLATE_NOOP("Validation", "Choose a brand: a 10DLC project sends "
                                                  "through a brand and one of its campaigns.")
            : field == u"campaign_id"
                ? QT_TRANSLATE_NOOP("Validation", "Choose a campaign: a 10DLC project sends "
                                                  "through a brand and one of its campaigns.")
                : QT_TRANSLATE_NOOP("Validation", "Choose a toll-free verification: a toll-free "
                                                  "project sends from the numbers it verified.");
        add(field, Code::Required, text(why));
    } else if (*m_channel != needs && id.state == IdField::State::Given) {
        add(field, Code::NotAllowed,
            needs == BroadcastChannel::TenDlc
                ? text(QT_TRANSLATE_NOOP("Validation",
                                         "Leave out %1: a toll-free project has no brand or "
                                         "campaign."))
                      .arg(field)
                : text(QT_TRANSLATE_NOOP("Validation",
                                         "Leave out %1: a 10DLC project has no toll-free "
                                         "verification."))
                      .arg(field));
        return {}; // forbidden: whether it exists does not matter
    }
    return id;
}

void ProjectCheck::checkBrandAndCampaign()
{
    const IdField brand = checkChannelId(u"brand_id"_s, BroadcastChannel::TenDlc);
    bool brandKnown = false;
    if (brand.state == IdField::State::Given) {
        brandKnown = m_lookup.hasBrand(brand.id);
        if (!brandKnown) {
            add(u"brand_id"_s, Code::NotFound,
                text(QT_TRANSLATE_NOOP("Validation", "There is no brand %1.")).arg(brand.id));
        }
    }
    const IdField campaign = checkChannelId(u"campaign_id"_s, BroadcastChannel::TenDlc);
    if (campaign.state != IdField::State::Given)
        return;
    const std::optional<QString> owner = m_lookup.campaignBrand(campaign.id);
    if (!owner) {
        add(u"campaign_id"_s, Code::NotFound,
            text(QT_TRANSLATE_NOOP("Validation", "There is no campaign %1.")).arg(campaign.id));
    } else if (brandKnown && *owner != brand.id) {
        add(u"campaign_id"_s, Code::Mismatch,
            text(QT_TRANSLATE_NOOP("Validation", "Campaign %1 belongs to another brand."))
                .arg(campaign.id));
    }
}

void ProjectCheck::checkVerification()
{
    const QString field = u"toll_free_verification_id"_s;
    const IdField verification = checkChannelId(field, BroadcastChannel::TollFree);
    if (verification.state == IdField::State::Given
        && !m_lookup.hasTollFreeVerification(verification.id)) {
        add(field, Code::NotFound,
            text(QT_TRANSLATE_NOOP("Validation", "There is no toll-free verification %1."))
                .arg(verification.id));
    }
}

void ProjectCheck::checkLinkTracking()
{
    const QJsonValue enabledValue = m_body.value(u"link_tracking_enabled"_s);
    // nullopt when it is not a boolean: the URL and domain are then checked if given, but
    // not required.
    std::optional<bool> enabled = false;
    if (!isAbsent(enabledValue)) {
        if (enabledValue.isBool()) {
            enabled = enabledValue.toBool();
        } else {
            enabled.reset();
            add(u"link_tracking_enabled"_s, Code::Invalid,
                text(QT_TRANSLATE_NOOP("Validation",
                                       "link_tracking_enabled must be true or false.")));
        }
    }
    const bool required = enabled.value_or(false);

    const QString urlField = u"link_tracking_destination_url"_s;
    const QJsonValue url = m_body.value(urlField);
    if (isAbsent(url) || (url.isString() && url.toString().trimmed().isEmpty())) {
        if (required) {
            add(urlField, Code::Required,
                text(QT_TRANSLATE_NOOP("Validation",
                                       "Link tracking needs the destination URL.")));
        }
    } else if (!url.isString()) {
        add(urlField, Code::Invalid,
            text(QT_TRANSLATE_NOOP("Validation",
                                   "link_tracking_destination_url must be a string.")));
    } else if (const FieldCheck check = checkLinkTrackingUrl(url.toString(), m_language);
               !check.isOk()) {
        add(urlField,
            url.toString().size() > BroadcastUrlMaxLength ? Code::TooLong : Code::Invalid,
            check.reason);
    }

    const QString domainField = u"link_tracking_domain_id"_s;
    const IdField domain = readId(m_body, domainField, m_language);
    if (domain.state == IdField::State::Invalid) {
        add(domainField, Code::Invalid, domain.reason);
    } else if (domain.state == IdField::State::Absent) {
        if (required) {
            add(domainField, Code::Required,
                text(QT_TRANSLATE_NOOP("Validation", "Link tracking needs a tracking domain.")));
        }
    } else if (!m_lookup.hasLinkTrackingDomain(domain.id)) {
        add(domainField, Code::NotFound,
            text(QT_TRANSLATE_NOOP("Validation", "There is no link tracking domain %1."))
                .arg(domain.id));
    }

    const QString paramField = u"link_tracking_param_field"_s;
    const IdField param = readId(m_body, paramField, m_language);
    if (param.state == IdField::State::Invalid) {
        add(paramField, Code::Invalid, param.reason);
    } else if (param.state == IdField::State::Given && param.id != Phone
               && !m_lookup.hasContactField(param.id)) {
        add(paramField, Code::NotFound,
            text(QT_TRANSLATE_NOOP("Validation",
                                   "There is no contact field %1: use “phone”, a contact field "
                                   "or none."))
                .arg(param.id));
    }
}

} // namespace

QString broadcastChannelWire(BroadcastChannel channel)
{
    return channel == BroadcastChannel::TollFree ? u"toll-free"_s : u"10dlc"_s;
}

std::optional<BroadcastChannel> broadcastChannelFromWire(QStringView wire)
{
    if (wire == u"10dlc")
        return BroadcastChannel::TenDlc;
    if (wire == u"toll-free")
        return BroadcastChannel::TollFree;
    return std::nullopt;
}

QString broadcastMessageTypeWire(BroadcastMessageType type)
{
    return type == BroadcastMessageType::Mms ? u"mms"_s : u"sms"_s;
}

std::optional<BroadcastMessageType> broadcastMessageTypeFromWire(QStringView wire)
{
    if (wire == u"sms")
        return BroadcastMessageType::Sms;
    if (wire == u"mms")
        return BroadcastMessageType::Mms;
    return std::nullopt;
}

FieldCheck checkBroadcastName(QStringView name, ReasonLanguage language)
{
    if (name.trimmed().isEmpty())
        return FieldCheck::incomplete(
            reason(language, QT_TRANSLATE_NOOP("Validation", "Name is required.")));
    if (const FieldCheck text = checkText(
            name, reason(language, QT_TRANSLATE_NOOP("Validation", "Name")), language);
        !text.isOk()) {
        return text;
    }
    if (name.size() > BroadcastNameMaxLength) {
        return FieldCheck::wrong(
            reason(language, QT_TRANSLATE_NOOP("Validation",
                                               "A project name is at most %1 characters long; "
                                               "this one has %2."))
                .arg(BroadcastNameMaxLength)
                .arg(name.size()));
    }
    return FieldCheck::ok();
}

FieldCheck checkLinkTrackingUrl(QStringView url, ReasonLanguage language)
{
    if (url.trimmed().isEmpty()) {
        return FieldCheck::incomplete(reason(
            language, QT_TRANSLATE_NOOP("Validation",
                                        "Enter the destination URL, such as "
                                        "https://example.com/offer.")));
    }
    if (url.size() > BroadcastUrlMaxLength) {
        return FieldCheck::wrong(
            reason(language,
                   QT_TRANSLATE_NOOP("Validation",
                                     "The destination URL is at most %1 characters long."))
                .arg(BroadcastUrlMaxLength));
    }
    if (const FieldCheck text = checkText(
            url, reason(language, QT_TRANSLATE_NOOP("Validation", "The destination URL")),
            language);
        !text.isOk()) {
        return text;
    }
    // The same shape as a webhook: an absolute http or https URL with a host, no spaces.
    return checkCallbackUrl(url, language);
}

QList<BroadcastFieldError> checkBroadcastProject(const QJsonObject &body,
                                                 const BroadcastLookup &lookup,
                                                 ReasonLanguage language)
{
    return ProjectCheck(body, lookup, language).run();
}

QJsonObject normalizedBroadcastProject(const QJsonObject &body)
{
    QJsonObject result = body;
    const auto fill = [&result](const QString &key, const QJsonValue &value) {
        if (isAbsent(result.value(key)))
            result.insert(key, value);
    };
    fill(u"type"_s, u"broadcast"_s);
    fill(u"message_type"_s, broadcastMessageTypeWire(BroadcastMessageType::Sms));
    fill(u"channel"_s, broadcastChannelWire(BroadcastChannel::TenDlc));
    fill(u"link_tracking_enabled"_s, false);
    const QJsonValue one = result.value(u"phone_number_id"_s);
    if (isAbsent(result.value(u"phone_number_ids"_s)) && !isAbsent(one))
        result.insert(u"phone_number_ids"_s, QJsonArray{one});
    result.remove(u"phone_number_id"_s);
    return result;
}

} // namespace Validation
