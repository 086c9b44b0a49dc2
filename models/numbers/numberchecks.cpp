#include "numberchecks.h"

#include "incomingnumber.h"
#include "numberrow.h"
#include "validation/numberrules.h"

using namespace Qt::StringLiterals;

QList<NumberChecks::Problem> NumberChecks::all()
{
    return {NoVoiceHandling, NoMessagingHandler, PlainHttpWebhook, FallbackSameAsPrimary,
            CallbackWithoutMethod, NoEmergencyAddress, DefaultFriendlyName};
}

namespace {
bool digitsOnlyName(const QString &name, const QString &e164)
{
    // Twilio names a new number after itself ("(415) 555-0100"), SignalWire by its E.164:
    // a name with no letters whose digits are the number's (or its national part) is a default.
    QString digits;
    for (const QChar c : name) {
        if (c.isLetter())
            return false;
        if (c.isDigit())
            digits += c;
    }
    if (digits.isEmpty())
        return true;
    const QString all = e164.mid(1);
    return digits == all || (all.size() > digits.size() && all.endsWith(digits) && digits.size() >= 6);
}
} // namespace

quint32 NumberChecks::check(const NumberRow &row, const StringPool &pool, ApiFamily family)
{
    const auto text = [&](NumberField f) -> const QString & { return pool.at(row.field(f)); };
    quint32 problems = 0;
    const bool voice = row.has(NumberRow::Voice);
    const bool sms = row.has(NumberRow::Sms);
    if (voice && text(NumberField::VoiceUrl).isEmpty() && text(NumberField::VoiceApplicationSid).isEmpty()
        && text(NumberField::TrunkSid).isEmpty())
        problems |= NoVoiceHandling;
    if (sms && text(NumberField::SmsUrl).isEmpty() && text(NumberField::SmsApplicationSid).isEmpty())
        problems |= NoMessagingHandler;
    for (NumberField f : {NumberField::VoiceUrl, NumberField::VoiceFallbackUrl, NumberField::SmsUrl,
                          NumberField::SmsFallbackUrl, NumberField::StatusCallback}) {
        if (Validation::isPlainHttpUrl(text(f)))
            problems |= PlainHttpWebhook;
    }
    const auto sameUrl = [&](NumberField primary, NumberField fallback) {
        const QString &a = text(primary);
        return !a.isEmpty() && a.compare(text(fallback), Qt::CaseInsensitive) == 0;
    };
    if (sameUrl(NumberField::VoiceUrl, NumberField::VoiceFallbackUrl)
        || sameUrl(NumberField::SmsUrl, NumberField::SmsFallbackUrl))
        problems |= FallbackSameAsPrimary;
    if (!text(NumberField::StatusCallback).isEmpty() && text(NumberField::StatusCallbackMethod).isEmpty())
        problems |= CallbackWithoutMethod;
    // SignalWire has no emergency addresses on numbers: nothing to flag there.
    if (voice && family == ApiFamily::Twilio && text(NumberField::EmergencyAddressSid).isEmpty())
        problems |= NoEmergencyAddress;
    if (digitsOnlyName(row.friendlyName, row.phoneNumber))
        problems |= DefaultFriendlyName;
    return problems;
}

quint32 NumberChecks::check(const IncomingNumber &number, ApiFamily family)
{
    StringPool pool;
    return check(fromIncomingNumber(number, &pool), pool, family);
}

QString NumberChecks::title(Problem problem)
{
    switch (problem) {
    case NoVoiceHandling: return tr("No voice handling");
    case PlainHttpWebhook: return tr("Plain-http webhook");
    case FallbackSameAsPrimary: return tr("Fallback same as primary");
    case CallbackWithoutMethod: return tr("Status callback without method");
    case NoEmergencyAddress: return tr("No emergency address");
    case DefaultFriendlyName: return tr("Default friendly name");
    case NoMessagingHandler: return tr("No messaging handler");
    }
    return {};
}

QString NumberChecks::describe(Problem problem)
{
    switch (problem) {
    case NoVoiceHandling:
        return tr("No voice handling: calls to this number are not answered (no URL, application or trunk).");
    case PlainHttpWebhook:
        return tr("A webhook is plain http: call details (who calls, the keys pressed) or incoming messages reach it unencrypted.");
    case FallbackSameAsPrimary:
        return tr("The fallback URL is the primary URL: when that fails, the fallback fails too.");
    case CallbackWithoutMethod:
        return tr("The status callback has no method: set GET or POST.");
    case NoEmergencyAddress:
        return tr("No emergency address: emergency calls from this number cannot give a location.");
    case DefaultFriendlyName:
        return tr("The friendly name is still the number itself: name it after what it is for.");
    case NoMessagingHandler:
        return tr("No messaging handler: incoming messages go nowhere (no URL or application).");
    }
    return {};
}

QStringList NumberChecks::describeAll(quint32 problems)
{
    QStringList lines;
    for (Problem p : all()) {
        if (problems & p)
            lines << describe(p);
    }
    return lines;
}

QString NumberChecks::iconName(Problem problem)
{
    switch (problem) {
    case NoVoiceHandling: return u"problem-voice"_s;
    case PlainHttpWebhook: return u"problem-http"_s;
    case FallbackSameAsPrimary: return u"problem-fallback"_s;
    case CallbackWithoutMethod: return u"problem-callback"_s;
    case NoEmergencyAddress: return u"problem-emergency"_s;
    case DefaultFriendlyName: return u"problem-name"_s;
    case NoMessagingHandler: return u"problem-sms"_s;
    }
    return {};
}
