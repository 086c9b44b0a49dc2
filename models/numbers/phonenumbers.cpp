#include "phonenumbers.h"

#include <QCache>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <memory>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {
const PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

bool parse(const QString &e164, PhoneNumber *number)
{
    if (!e164.startsWith(u'+') || e164.size() > 20)
        return false;
    return util().Parse(e164.toStdString(), "ZZ", number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// Formatting results by number, and regions by prefix: a table asks for the same few hundred
// numbers over and over while it scrolls, and an account's numbers share area codes.
struct Caches
{
    QMutex mutex;
    QCache<QString, QString> national{20000};
    QCache<QString, QString> international{2000};
    QHash<QString, QString> regions; // by regionKey()
    std::unique_ptr<PhoneNumberOfflineGeocoder> geocoder;
};

Caches &caches()
{
    static Caches c;
    return c;
}

// The prefix a region depends on: the area code in the North American plan (+1 415), the
// first digits after the country code elsewhere.
QString regionKey(const QString &e164)
{
    return e164.left(e164.startsWith(u"+1") ? 5 : 6);
}

QString formatted(const QString &e164, PhoneNumberUtil::PhoneNumberFormat format)
{
    PhoneNumber number;
    if (!parse(e164, &number))
        return e164;
    if (!util().IsValidNumber(number) && e164.size() == 12 && e164.startsWith(u"+1")) {
        // A North American number the library does not know (Twilio's +1 500 test
        // numbers): the plan's usual shape.
        return format == PhoneNumberUtil::NATIONAL
                   ? u"(%1) %2-%3"_s.arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4))
                   : u"+1 %1-%2-%3"_s.arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
    }
    std::string out;
    util().Format(number, format, &out);
    return out.empty() ? e164 : fromStd(out);
}
} // namespace

namespace PhoneNumbers {

QString national(const QString &e164)
{
    Caches &c = caches();
    {
        QMutexLocker lock(&c.mutex);
        if (const QString *hit = c.national.object(e164))
            return *hit;
    }
    const QString text = formatted(e164, PhoneNumberUtil::NATIONAL);
    QMutexLocker lock(&c.mutex);
    c.national.insert(e164, new QString(text));
    return text;
}

QString international(const QString &e164)
{
    Caches &c = caches();
    {
        QMutexLocker lock(&c.mutex);
        if (const QString *hit = c.international.object(e164))
            return *hit;
    }
    const QString text = formatted(e164, PhoneNumberUtil::INTERNATIONAL);
    QMutexLocker lock(&c.mutex);
    c.international.insert(e164, new QString(text));
    return text;
}

QString regionCode(const QString &e164)
{
    PhoneNumber number;
    if (!parse(e164, &number))
        return {};
    std::string code;
    util().GetRegionCodeForNumber(number, &code);
    return code == "ZZ" ? QString() : fromStd(code);
}

QString region(const QString &e164)
{
    Caches &c = caches();
    const QString key = regionKey(e164);
    QMutexLocker lock(&c.mutex);
    if (const auto it = c.regions.constFind(key); it != c.regions.cend())
        return *it;
    PhoneNumber number;
    QString text;
    if (parse(e164, &number)) {
        if (!c.geocoder)
            c.geocoder = std::make_unique<PhoneNumberOfflineGeocoder>();
        text = fromStd(c.geocoder->GetDescriptionForNumber(number, icu::Locale("en", "US")));
    }
    c.regions.insert(key, text);
    return text;
}

bool isValid(const QString &e164)
{
    PhoneNumber number;
    return parse(e164, &number) && util().IsValidNumber(number);
}

QString toE164(const QString &text, const QString &defaultRegion)
{
    PhoneNumber number;
    if (text.size() > 40
        || util().Parse(text.toStdString(), defaultRegion.toStdString(), &number)
               != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string out;
    util().Format(number, PhoneNumberUtil::E164, &out);
    return fromStd(out);
}

} // namespace PhoneNumbers
