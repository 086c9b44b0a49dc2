#include "numberinventory.h"

#include "numbersapi.h"
#include "sandboxdatabase.h"
#include "sandboxlog.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Where a block of local (and mobile) numbers is: a real area code and a place in it.
struct Place
{
    int areaCode;
    const char16_t *locality;
    const char16_t *region;
    const char16_t *postalCode;
    const char16_t *rateCenter;
    const char16_t *lata; // nullptr in Canada (LATAs are a US division)
    double latitude;
    double longitude;
    const char16_t *country;
    int local;  // local numbers stocked
    int mobile; // mobile numbers stocked
    bool beta;  // a new overlay: its numbers are new to the platform
};

// Every area code of the demo data is here, so a released demo number returns with its
// place. Some places are small on purpose, so that an area code runs out in a few
// purchases: 907 (Anchorage) has 4 local numbers, 902 (Halifax) 5, 415's San Rafael block 8.
const Place places[] = {
    {206, u"Seattle", u"WA", u"98101", u"SEATTLE", u"674", 47.6062, -122.3321, u"US", 40, 12, false},
    {253, u"Tacoma", u"WA", u"98402", u"TACOMA", u"674", 47.2529, -122.4443, u"US", 24, 0, false},
    {425, u"Bellevue", u"WA", u"98004", u"BELLEVUE", u"674", 47.6101, -122.2015, u"US", 30, 0, false},
    {415, u"San Francisco", u"CA", u"94103", u"SNFC CNTL", u"722", 37.7749, -122.4194, u"US", 36, 0, false},
    {415, u"San Rafael", u"CA", u"94901", u"SN RAFAEL", u"722", 37.9735, -122.5311, u"US", 8, 0, false},
    {628, u"San Francisco", u"CA", u"94107", u"SNFC CNTL", u"722", 37.7599, -122.4148, u"US", 20, 0, true},
    {510, u"Oakland", u"CA", u"94612", u"OKLD", u"722", 37.8044, -122.2712, u"US", 30, 0, false},
    {213, u"Los Angeles", u"CA", u"90012", u"LSAN DA 01", u"730", 34.0522, -118.2437, u"US", 36, 10, false},
    {323, u"Los Angeles", u"CA", u"90028", u"LSAN DA 03", u"730", 34.0928, -118.3287, u"US", 16, 0, false},
    {310, u"Santa Monica", u"CA", u"90401", u"STA MONICA", u"730", 34.0195, -118.4912, u"US", 30, 0, false},
    {818, u"Burbank", u"CA", u"91502", u"BURBANK", u"730", 34.1808, -118.3090, u"US", 24, 0, false},
    {619, u"San Diego", u"CA", u"92101", u"SNDG CNTL", u"732", 32.7157, -117.1611, u"US", 30, 0, false},
    {858, u"La Jolla", u"CA", u"92037", u"LA JOLLA", u"732", 32.8328, -117.2713, u"US", 12, 0, false},
    {503, u"Portland", u"OR", u"97204", u"PORTLAND", u"672", 45.5152, -122.6784, u"US", 30, 0, false},
    {971, u"Portland", u"OR", u"97209", u"PORTLAND", u"672", 45.5311, -122.6845, u"US", 12, 0, false},
    {303, u"Denver", u"CO", u"80202", u"DENVER", u"656", 39.7392, -104.9903, u"US", 30, 0, false},
    {720, u"Denver", u"CO", u"80205", u"DENVER", u"656", 39.7589, -104.9755, u"US", 12, 0, false},
    {801, u"Salt Lake City", u"UT", u"84111", u"SALT LAKE", u"660", 40.7608, -111.8910, u"US", 24, 0, false},
    {385, u"Salt Lake City", u"UT", u"84101", u"SALT LAKE", u"660", 40.7530, -111.9000, u"US", 12, 0, false},
    {602, u"Phoenix", u"AZ", u"85004", u"PHOENIX", u"666", 33.4484, -112.0740, u"US", 30, 0, false},
    {480, u"Mesa", u"AZ", u"85201", u"MESA", u"666", 33.4152, -111.8315, u"US", 16, 0, false},
    {623, u"Glendale", u"AZ", u"85301", u"GLENDALE", u"666", 33.5387, -112.1860, u"US", 12, 0, false},
    {512, u"Austin", u"TX", u"78701", u"AUSTIN", u"558", 30.2672, -97.7431, u"US", 30, 0, false},
    {737, u"Austin", u"TX", u"78704", u"AUSTIN", u"558", 30.2500, -97.7600, u"US", 16, 0, true},
    {214, u"Dallas", u"TX", u"75201", u"DALLAS", u"552", 32.7767, -96.7970, u"US", 30, 0, false},
    {469, u"Dallas", u"TX", u"75204", u"DALLAS", u"552", 32.8030, -96.7900, u"US", 12, 0, false},
    {972, u"Irving", u"TX", u"75038", u"IRVING", u"552", 32.8140, -96.9489, u"US", 12, 0, false},
    {312, u"Chicago", u"IL", u"60601", u"CHICAGO", u"358", 41.8781, -87.6298, u"US", 36, 12, false},
    {773, u"Chicago", u"IL", u"60640", u"CHICAGO", u"358", 41.9742, -87.6694, u"US", 24, 0, false},
    {872, u"Chicago", u"IL", u"60654", u"CHICAGO", u"358", 41.8923, -87.6353, u"US", 12, 0, true},
    {612, u"Minneapolis", u"MN", u"55401", u"MINNEAPOLIS", u"628", 44.9778, -93.2650, u"US", 24, 0, false},
    {651, u"Saint Paul", u"MN", u"55102", u"ST PAUL", u"628", 44.9537, -93.0900, u"US", 12, 0, false},
    {615, u"Nashville", u"TN", u"37203", u"NASHVILLE", u"470", 36.1627, -86.7816, u"US", 24, 0, false},
    {629, u"Nashville", u"TN", u"37208", u"NASHVILLE", u"470", 36.1750, -86.7980, u"US", 12, 0, true},
    {212, u"New York", u"NY", u"10007", u"NWYRCYZN01", u"132", 40.7128, -74.0060, u"US", 36, 12, false},
    {646, u"New York", u"NY", u"10011", u"NWYRCYZN01", u"132", 40.7411, -73.9897, u"US", 30, 0, false},
    {718, u"Brooklyn", u"NY", u"11201", u"NWYRCYZN03", u"132", 40.6943, -73.9903, u"US", 30, 0, false},
    {917, u"New York", u"NY", u"10001", u"NWYRCYZN01", u"132", 40.7506, -73.9972, u"US", 16, 12, false},
    {617, u"Boston", u"MA", u"02108", u"BOSTON", u"128", 42.3601, -71.0589, u"US", 30, 0, false},
    {857, u"Boston", u"MA", u"02114", u"BOSTON", u"128", 42.3611, -71.0677, u"US", 12, 0, false},
    {215, u"Philadelphia", u"PA", u"19107", u"PHLA", u"228", 39.9526, -75.1652, u"US", 30, 0, false},
    {267, u"Philadelphia", u"PA", u"19103", u"PHLA", u"228", 39.9522, -75.1740, u"US", 12, 0, false},
    {404, u"Atlanta", u"GA", u"30303", u"ATLANTA", u"438", 33.7490, -84.3880, u"US", 30, 0, false},
    {470, u"Atlanta", u"GA", u"30308", u"ATLANTA", u"438", 33.7710, -84.3850, u"US", 12, 0, false},
    {678, u"Marietta", u"GA", u"30060", u"MARIETTA", u"438", 33.9526, -84.5499, u"US", 12, 0, false},
    {305, u"Miami", u"FL", u"33131", u"MIAMI", u"460", 25.7617, -80.1918, u"US", 30, 8, false},
    {786, u"Miami", u"FL", u"33130", u"MIAMI", u"460", 25.7680, -80.2050, u"US", 12, 0, false},
    {919, u"Raleigh", u"NC", u"27601", u"RALEIGH", u"426", 35.7796, -78.6382, u"US", 24, 0, false},
    {984, u"Raleigh", u"NC", u"27603", u"RALEIGH", u"426", 35.7620, -78.6480, u"US", 12, 0, false},
    {907, u"Anchorage", u"AK", u"99501", u"ANCHORAGE", u"832", 61.2181, -149.9003, u"US", 4, 0, false},
    {808, u"Honolulu", u"HI", u"96813", u"HONOLULU", u"834", 21.3069, -157.8583, u"US", 12, 0, false},
    {808, u"Hilo", u"HI", u"96720", u"HILO", u"834", 19.7241, -155.0868, u"US", 6, 0, false},
    {416, u"Toronto", u"ON", u"M5H 2N2", u"TORONTO", nullptr, 43.6532, -79.3832, u"CA", 30, 10, false},
    {647, u"Toronto", u"ON", u"M5V 2T6", u"TORONTO", nullptr, 43.6426, -79.3871, u"CA", 24, 0, false},
    {604, u"Vancouver", u"BC", u"V6B 1A1", u"VANCOUVER", nullptr, 49.2827, -123.1207, u"CA", 30, 10, false},
    {778, u"Vancouver", u"BC", u"V6Z 2E6", u"VANCOUVER", nullptr, 49.2800, -123.1250, u"CA", 16, 0, false},
    {514, u"Montreal", u"QC", u"H2Y 1C6", u"MONTREAL", nullptr, 45.5017, -73.5673, u"CA", 30, 0, false},
    {403, u"Calgary", u"AB", u"T2P 1J9", u"CALGARY", nullptr, 51.0447, -114.0719, u"CA", 24, 0, false},
    {902, u"Halifax", u"NS", u"B3J 1A1", u"HALIFAX", nullptr, 44.6488, -63.5752, u"CA", 5, 0, false},
    {782, u"Halifax", u"NS", u"B3H 4R2", u"HALIFAX", nullptr, 44.6370, -63.5870, u"CA", 12, 0, false},
};

// The United Kingdom, Germany and Australia: a few cities' local numbers and the country's
// mobiles, in the shapes their numbering plans give them (London 020 7… and 020 3…, Berlin
// 030, Sydney 02 9… and 02 8…; mobiles 07…, 015…, 04…).
const QList<ForeignBlock> foreignBlockList = {
    {u"GB", u"local", u"+44207#######", u"London", nullptr, u"any", false, false, 16},
    {u"GB", u"local", u"+44203#######", u"London", nullptr, u"any", false, false, 10},
    {u"GB", u"local", u"+44161#######", u"Manchester", nullptr, u"any", false, false, 10},
    {u"GB", u"mobile", u"+4474########", nullptr, nullptr, u"none", true, false, 10},
    {u"GB", u"mobile", u"+4478########", nullptr, nullptr, u"none", true, false, 10},
    {u"DE", u"local", u"+49302#######", u"Berlin", nullptr, u"local", false, false, 12},
    {u"DE", u"local", u"+49308#######", u"Berlin", nullptr, u"local", false, false, 8},
    {u"DE", u"local", u"+49891#######", u"Munich", nullptr, u"local", false, false, 10},
    {u"DE", u"mobile", u"+49151########", nullptr, nullptr, u"any", true, false, 8},
    {u"DE", u"mobile", u"+49157########", nullptr, nullptr, u"any", true, false, 8},
    {u"AU", u"local", u"+6129#######", u"Sydney", u"NSW", u"local", false, false, 12},
    {u"AU", u"local", u"+6128#######", u"Sydney", u"NSW", u"local", false, false, 8},
    {u"AU", u"local", u"+6139#######", u"Melbourne", u"VIC", u"local", false, false, 10},
    {u"AU", u"mobile", u"+6140#######", nullptr, nullptr, u"any", true, true, 8},
    {u"AU", u"mobile", u"+6141#######", nullptr, nullptr, u"any", true, true, 8},
};

struct TollFreeBlock
{
    int areaCode;
    int count;
};
// 800 numbers are scarce, as they are in life.
const TollFreeBlock tollFreeBlocks[] = {{800, 6},  {833, 20}, {844, 20}, {855, 20},
                                        {866, 12}, {877, 16}, {888, 10}};

const QString testAvailable = u"+15005550006"_s;
const QString testUnavailable = u"+15005550000"_s;
const QString testInvalid = u"+15005550001"_s;
constexpr int testAreaCodeAlways = 500;
constexpr int testAreaCodeNever = 533;

const auto inventoryColumns =
    u"a.seq, a.family, a.phone_number, a.type, a.iso_country, a.area_code, a.locality,"
    u" a.region, a.postal_code, a.rate_center, a.lata, a.latitude, a.longitude,"
    u" a.address_requirements, a.beta, a.cap_voice, a.cap_sms, a.cap_mms, a.cap_fax"_s;

// Owned by anyone: both families' rows, through the (family, phone_number) index.
const auto notOwned = u" NOT EXISTS (SELECT 1 FROM numbers n WHERE n.family IN"
                      u" ('twilio', 'signalwire') AND n.phone_number = a.phone_number)"_s;

InventoryNumber fromQuery(const QSqlQuery &q)
{
    InventoryNumber a;
    int i = 0;
    auto s = [&] { return q.value(i++).toString(); };
    auto b = [&] { return q.value(i++).toBool(); };
    auto d = [&]() -> std::optional<double> {
        const QVariant v = q.value(i++);
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    a.seq = q.value(i++).toLongLong();
    a.family = s() == u"signalwire" ? Family::SignalWire : Family::Twilio;
    a.phoneNumber = s();
    a.type = s();
    a.isoCountry = s();
    a.areaCode = q.value(i++).toInt();
    a.locality = s();
    a.region = s();
    a.postalCode = s();
    a.rateCenter = s();
    a.lata = s();
    a.latitude = d();
    a.longitude = d();
    a.addressRequirements = s();
    a.beta = b();
    a.capVoice = b();
    a.capSms = b();
    a.capMms = b();
    a.capFax = b();
    return a;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QString()) : QVariant(text); // a null QString binds NULL
}

QVariant numberOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

bool insertAvailable(QSqlQuery &insert, const InventoryNumber &a, QString *error)
{
    insert.bindValue(0, numbersFamilyKey(a.family));
    insert.bindValue(1, a.phoneNumber);
    insert.bindValue(2, a.type);
    insert.bindValue(3, a.isoCountry);
    insert.bindValue(4, a.areaCode);
    insert.bindValue(5, textOrNull(a.locality));
    insert.bindValue(6, textOrNull(a.region));
    insert.bindValue(7, textOrNull(a.postalCode));
    insert.bindValue(8, textOrNull(a.rateCenter));
    insert.bindValue(9, textOrNull(a.lata));
    insert.bindValue(10, numberOrNull(a.latitude));
    insert.bindValue(11, numberOrNull(a.longitude));
    insert.bindValue(12, a.addressRequirements);
    insert.bindValue(13, int(a.beta));
    insert.bindValue(14, int(a.capVoice));
    insert.bindValue(15, int(a.capSms));
    insert.bindValue(16, int(a.capMms));
    insert.bindValue(17, int(a.capFax));
    if (!insert.exec()) {
        if (error)
            *error = describeSqlError(insert);
        return false;
    }
    return true;
}

const auto insertSql =
    u"INSERT OR IGNORE INTO available_numbers (family, phone_number, type, iso_country,"
    u" area_code, locality, region, postal_code, rate_center, lata, latitude, longitude,"
    u" address_requirements, beta, cap_voice, cap_sms, cap_mms, cap_fax)"
    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

// The first place of an area code: its location stands for the whole code.
const Place *placeOf(int areaCode)
{
    for (const Place &p : places) {
        if (p.areaCode == areaCode)
            return &p;
    }
    return nullptr;
}

bool isTollFreeCode(int areaCode)
{
    return std::any_of(std::begin(tollFreeBlocks), std::end(tollFreeBlocks),
                       [areaCode](const TollFreeBlock &b) { return b.areaCode == areaCode; });
}

int areaCodeOf(const QString &e164)
{
    return e164.startsWith(u"+1") && e164.size() == 12 ? e164.mid(2, 3).toInt() : 0;
}

// A number's location fields from its area code's place (none for toll-free).
void locate(InventoryNumber *a, const Place *p)
{
    if (!p)
        return;
    a->isoCountry = QString::fromUtf16(p->country);
    if (a->type == u"toll-free")
        return;
    a->locality = QString::fromUtf16(p->locality);
    a->region = QString::fromUtf16(p->region);
    a->postalCode = QString::fromUtf16(p->postalCode);
    a->rateCenter = QString::fromUtf16(p->rateCenter);
    a->lata = p->lata ? QString::fromUtf16(p->lata) : QString();
    a->latitude = p->latitude;
    a->longitude = p->longitude;
}

// A foreign number's fields from its block (its type stays the number's own).
void locate(InventoryNumber *a, const ForeignBlock &block)
{
    a->isoCountry = QString::fromUtf16(block.country);
    a->locality = block.locality ? QString::fromUtf16(block.locality) : QString();
    a->region = block.region ? QString::fromUtf16(block.region) : QString();
}

// Great-circle distance in statute miles.
double milesBetween(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadiusMiles = 3958.8;
    constexpr double toRadians = 3.14159265358979323846 / 180.0;
    const double dLat = (lat2 - lat1) * toRadians;
    const double dLon = (lon2 - lon1) * toRadians;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(lat1 * toRadians) * std::cos(lat2 * toRadians)
                           * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusMiles * std::asin(std::min(1.0, std::sqrt(h)));
}

// `pattern` (digits and '*', optionally led by '+') against an E.164 number's digits.
bool containsPattern(const QString &e164, const QString &pattern)
{
    const bool anchored = pattern.startsWith(u'+');
    const QStringView p = anchored ? QStringView(pattern).mid(1) : QStringView(pattern);
    const QStringView digits = QStringView(e164).mid(1);
    const qsizetype last = anchored ? 0 : digits.size() - p.size();
    for (qsizetype start = 0; start <= last; ++start) {
        if (start + p.size() > digits.size())
            return false;
        bool match = true;
        for (qsizetype i = 0; i < p.size() && match; ++i)
            match = p.at(i) == u'*' || p.at(i) == digits.at(start + i);
        if (match)
            return true;
    }
    return false;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString addressReason(const QString &requirement, const QString &country)
{
    if (requirement == u"local")
        return u"an Address in %1 (address_requirements: local)"_s.arg(country);
    if (requirement == u"foreign")
        return u"an Address outside %1 (address_requirements: foreign)"_s.arg(country);
    return u"an Address (address_requirements: any)"_s;
}

PurchaseOutcome failure(int code, const QString &message)
{
    PurchaseOutcome outcome;
    outcome.code = code;
    outcome.message = message;
    return outcome;
}

} // namespace

NumberInventory::NumberInventory(SandboxDatabase &database)
    : m_database(database)
{
}

bool NumberInventory::seed(SandboxDatabase &database, QString *error)
{
    if (database.meta(u"inventory_seeded"_s) == u"1")
        return true;
    QElapsedTimer timer;
    timer.start();
    if (!database.transaction()) {
        *error = u"Cannot start a transaction for the number inventory"_s;
        return false;
    }
    QSqlQuery owned(database.db());
    owned.prepare(u"SELECT EXISTS (SELECT 1 FROM numbers WHERE family IN ('twilio', 'signalwire')"
                  u" AND phone_number = ?)"_s);
    QSqlQuery insert(database.db());
    insert.prepare(insertSql);

    QRandomGenerator rng(0x1d7e11U); // the same inventory on every machine
    QSet<QString> used;
    // True when `e164` is neither in the inventory already nor owned by anyone (demo data):
    // it is taken for the inventory.
    const auto take = [&](const QString &e164) {
        if (used.contains(e164))
            return false;
        used.insert(e164);
        owned.bindValue(0, e164);
        return !(owned.exec() && owned.next() && owned.value(0).toBool());
    };
    const auto freshNumber = [&](int areaCode) {
        for (;;) {
            int exchange = 200 + rng.bounded(800);
            if (exchange % 100 == 11 || exchange == 555)
                exchange = 246; // no N11 or 555 exchanges
            const QString e164 = u"+1%1%2%3"_s.arg(areaCode).arg(exchange).arg(
                rng.bounded(10000), 4, 10, QChar(u'0'));
            if (take(e164))
                return e164;
        }
    };

    QList<InventoryNumber> stock;
    for (const Family family : {Family::Twilio, Family::SignalWire}) {
        for (const Place &p : places) {
            for (int kind = 0; kind < 2; ++kind) {
                const int count = kind == 0 ? p.local : p.mobile;
                for (int i = 0; i < count; ++i) {
                    InventoryNumber a;
                    a.family = family;
                    a.type = kind == 0 ? u"local"_s : u"mobile"_s;
                    a.areaCode = p.areaCode;
                    a.phoneNumber = freshNumber(p.areaCode);
                    locate(&a, &p);
                    // Spread around the place's centre, a few miles either way.
                    a.latitude = p.latitude + (rng.bounded(200) - 100) / 1000.0;
                    a.longitude = p.longitude + (rng.bounded(200) - 100) / 1000.0;
                    // Some numbers need an address, at fixed positions in each block.
                    if (i % 10 == 3)
                        a.addressRequirements = u"any"_s;
                    else if (i % 17 == 5)
                        a.addressRequirements = u"local"_s;
                    else if (i % 23 == 7)
                        a.addressRequirements = u"foreign"_s;
                    a.beta = p.beta;
                    a.capVoice = true;
                    a.capSms = true;
                    a.capMms = kind == 1 || !(a.isoCountry == u"CA" && i % 3 == 0);
                    a.capFax = kind == 0 && i % 5 == 0;
                    stock.append(a);
                }
            }
        }
        for (const TollFreeBlock &block : tollFreeBlocks) {
            for (int i = 0; i < block.count; ++i) {
                InventoryNumber a;
                a.family = family;
                a.type = u"toll-free"_s;
                a.areaCode = block.areaCode;
                a.isoCountry = u"US"_s;
                a.phoneNumber = freshNumber(block.areaCode);
                a.capMms = i % 2 == 0;
                a.capFax = true;
                stock.append(a);
            }
        }
    }
    for (const Family family : {Family::Twilio, Family::SignalWire}) {
        for (const ForeignBlock &block : foreignBlockList) {
            for (int i = 0; i < block.stock; ++i) {
                InventoryNumber a;
                a.family = family;
                a.type = QString::fromUtf16(block.type);
                do {
                    a.phoneNumber = foreignNumber(block, rng);
                } while (!take(a.phoneNumber));
                locate(&a, block);
                a.addressRequirements = QString::fromUtf16(block.addressRequirements);
                a.capSms = block.sms;
                a.capMms = block.mms;
                stock.append(a);
            }
        }
    }
    // Inventory order is search order: shuffled, so that a search without an area code
    // shows numbers from many places, as a real one does.
    for (qsizetype i = stock.size() - 1; i > 0; --i)
        std::swap(stock[i], stock[rng.bounded(int(i + 1))]);

    QString why;
    bool ok = true;
    for (const InventoryNumber &a : std::as_const(stock)) {
        if (!(ok = insertAvailable(insert, a, &why)))
            break;
    }
    ok = ok && database.setMeta(u"inventory_seeded"_s, u"1"_s);
    if (!ok || !database.commit()) {
        database.rollback();
        *error = u"Cannot write the number inventory: %1"_s.arg(why);
        return false;
    }
    qCInfo(lcSandbox, "Seeded the number inventory: %d numbers per family in %lld ms",
           int(stock.size() / 2), timer.elapsed());
    return true;
}

QList<InventoryNumber> NumberInventory::search(Family family, const InventorySearch &s) const
{
    QString sql = u"SELECT "_s + inventoryColumns
                  + u" FROM available_numbers a WHERE a.family = ? AND a.iso_country = ?"
                    u" AND a.type = ? AND"_s
                  + notOwned;
    QVariantList binds{numbersFamilyKey(family), s.isoCountry, s.type};
    if (s.areaCode) {
        sql += u" AND a.area_code = ?"_s;
        binds << *s.areaCode;
    }
    sql += u" ORDER BY a.seq"_s;
    QSqlQuery query(m_database.db());
    query.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        query.addBindValue(v);
    QList<InventoryNumber> found;
    if (!query.exec()) {
        qCWarning(lcSandbox, "Cannot search the inventory: %s",
                  qUtf8Printable(describeSqlError(query)));
        return found;
    }
    const auto capability = [](const std::optional<bool> &wanted, bool has) {
        return !wanted || *wanted == has;
    };
    while (query.next() && found.size() < s.limit) {
        const InventoryNumber a = fromQuery(query);
        if (!s.contains.isEmpty() && !containsPattern(a.phoneNumber, s.contains))
            continue;
        if (!capability(s.sms, a.capSms) || !capability(s.mms, a.capMms)
            || !capability(s.voice, a.capVoice) || !capability(s.fax, a.capFax)) {
            continue;
        }
        if ((s.excludeAllAddressRequired && a.addressRequirements != u"none")
            || (s.excludeLocalAddressRequired && a.addressRequirements == u"local")
            || (s.excludeForeignAddressRequired && a.addressRequirements == u"foreign")) {
            continue;
        }
        if (!s.includeBeta && a.beta)
            continue;
        if ((!s.region.isEmpty() && !sameText(s.region, a.region))
            || (!s.postalCode.isEmpty() && !sameText(s.postalCode, a.postalCode))
            || (!s.locality.isEmpty() && !sameText(s.locality, a.locality))
            || (!s.rateCenter.isEmpty() && !sameText(s.rateCenter, a.rateCenter))
            || (!s.lata.isEmpty() && !sameText(s.lata, a.lata))) {
            continue;
        }
        if (s.nearLatitude && s.nearLongitude) {
            if (!a.latitude || !a.longitude
                || milesBetween(*s.nearLatitude, *s.nearLongitude, *a.latitude, *a.longitude)
                       > s.distanceMiles) {
                continue;
            }
        }
        found.append(a);
    }
    return found;
}

bool NumberInventory::ownedByAccount(Family family, const QString &account,
                                     const QString &e164) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM numbers WHERE family = ? AND account = ?"
              u" AND phone_number = ?)"_s);
    q.addBindValue(numbersFamilyKey(family));
    q.addBindValue(account.isNull() ? u""_s : account); // a null string binds as NULL
    q.addBindValue(e164);
    return q.exec() && q.next() && q.value(0).toBool();
}

std::optional<InventoryNumber> NumberInventory::availableEntry(Family family,
                                                               const QString &e164) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT "_s + inventoryColumns
              + u" FROM available_numbers a WHERE a.family = ? AND a.phone_number = ? AND"_s
              + notOwned);
    q.addBindValue(numbersFamilyKey(family));
    q.addBindValue(e164);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QString NumberInventory::nextAreaCode500(Family family, const QString &account) const
{
    if (!ownedByAccount(family, account, testAvailable))
        return testAvailable;
    // Then +1500555xxxx in order, past the fixed test values.
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT phone_number FROM numbers WHERE family = ? AND account = ?"
              u" AND phone_number LIKE '+1500555____'"_s);
    q.addBindValue(numbersFamilyKey(family));
    q.addBindValue(account.isNull() ? u""_s : account);
    QSet<QString> taken;
    if (q.exec()) {
        while (q.next())
            taken.insert(q.value(0).toString());
    }
    for (int line = 7; line < 10000; ++line) {
        const QString e164 = u"+1500555%1"_s.arg(line, 4, 10, QChar(u'0'));
        if (!taken.contains(e164))
            return e164;
    }
    return {};
}

PurchaseOutcome NumberInventory::resolvePurchase(Family family, const QString &account,
                                                 const QString &phoneNumber,
                                                 const QString &areaCode, const QString &type,
                                                 bool hasAddress) const
{
    const auto testNumber = [&](const QString &e164) {
        InventoryNumber a;
        a.family = family;
        a.phoneNumber = e164;
        a.type = type.isEmpty() ? u"local"_s : type;
        a.areaCode = testAreaCodeAlways;
        a.capFax = true;
        PurchaseOutcome outcome;
        outcome.number = a;
        return outcome;
    };

    if (!phoneNumber.isEmpty()) {
        if (phoneNumber == testInvalid)
            return failure(21421, u"%1 is not a valid phone number"_s.arg(phoneNumber));
        if (phoneNumber == testUnavailable) {
            return failure(21422, u"Phone number %1 is not available for purchase"_s
                                      .arg(phoneNumber));
        }
        if (ownedByAccount(family, account, phoneNumber)) {
            return failure(21422, u"Phone number %1 is not available: this account already owns"
                                  u" it"_s.arg(phoneNumber));
        }
        if (phoneNumber == testAvailable)
            return testNumber(phoneNumber);
        const std::optional<InventoryNumber> entry = availableEntry(family, phoneNumber);
        if (!entry) {
            return failure(21422, u"Phone number %1 is not available for purchase"_s
                                      .arg(phoneNumber));
        }
        if (!type.isEmpty() && entry->type != type) {
            return failure(21422, u"Phone number %1 is not available as a %2 number (it is %3)"_s
                                      .arg(phoneNumber, type, entry->type));
        }
        if (entry->addressRequirements != u"none" && !hasAddress) {
            return failure(21631, u"Phone number %1 requires %2: send an AddressSid"_s.arg(
                                      phoneNumber,
                                      addressReason(entry->addressRequirements,
                                                    entry->isoCountry)));
        }
        PurchaseOutcome outcome;
        outcome.number = entry;
        return outcome;
    }

    const int code = areaCode.toInt();
    if (code == testAreaCodeNever)
        return failure(21452, u"No phone numbers found in area code %1"_s.arg(areaCode));
    if (code == testAreaCodeAlways)
        return testNumber(nextAreaCode500(family, account));

    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT "_s + inventoryColumns
              + u" FROM available_numbers a WHERE a.family = ? AND a.area_code = ? AND"_s
              + notOwned
              + u" ORDER BY CASE a.type WHEN 'local' THEN 0 WHEN 'mobile' THEN 1 ELSE 2 END,"
                u" a.seq"_s);
    q.addBindValue(numbersFamilyKey(family));
    q.addBindValue(code);
    std::optional<InventoryNumber> needsAddress;
    if (q.exec()) {
        while (q.next()) {
            const InventoryNumber a = fromQuery(q);
            if (!type.isEmpty() && a.type != type)
                continue;
            if (a.addressRequirements != u"none" && !hasAddress) {
                if (!needsAddress)
                    needsAddress = a;
                continue;
            }
            PurchaseOutcome outcome;
            outcome.number = a;
            return outcome;
        }
    }
    if (needsAddress) {
        return failure(21631, u"Every number left in area code %1 requires %2: send an"
                              u" AddressSid"_s.arg(areaCode,
                                                   addressReason(needsAddress->addressRequirements,
                                                                 needsAddress->isoCountry)));
    }
    return failure(21452, u"No phone numbers found in area code %1"_s.arg(areaCode));
}

bool NumberInventory::returnNumber(const NumberRecord &released, QString *error)
{
    // Test values and area code 500 are not inventory: they are always there.
    if (released.phoneNumber.startsWith(u"+1500"))
        return true;
    InventoryNumber a;
    a.family = released.family;
    a.phoneNumber = released.phoneNumber;
    a.type = released.type;
    a.areaCode = areaCodeOf(released.phoneNumber);
    a.isoCountry = countryOf(released.phoneNumber);
    if (const ForeignBlock *block = foreignBlockOf(released.phoneNumber))
        locate(&a, *block);
    else if (!isTollFreeCode(a.areaCode))
        locate(&a, placeOf(a.areaCode));
    a.addressRequirements = released.addressRequirements.isEmpty() ? u"none"_s
                                                                   : released.addressRequirements;
    a.capVoice = released.capVoice;
    a.capSms = released.capSms;
    a.capMms = released.capMms;
    a.capFax = released.capFax;
    // A number that came from the inventory is still there (INSERT OR IGNORE keeps it as
    // it was); one that never was (demo data) joins it.
    QSqlQuery insert(m_database.db());
    insert.prepare(insertSql);
    return insertAvailable(insert, a, error);
}

std::optional<std::pair<double, double>> NumberInventory::locationOf(const QString &e164) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT latitude, longitude FROM available_numbers WHERE phone_number = ?"
              u" AND latitude IS NOT NULL LIMIT 1"_s);
    q.addBindValue(e164);
    if (q.exec() && q.next())
        return std::make_pair(q.value(0).toDouble(), q.value(1).toDouble());
    if (const Place *p = placeOf(areaCodeOf(e164)))
        return std::make_pair(p->latitude, p->longitude);
    return std::nullopt;
}

QString NumberInventory::formatted(const QString &e164)
{
    if (e164.size() != 12 || !e164.startsWith(u"+1"))
        return e164;
    return u"(%1) %2-%3"_s.arg(e164.mid(2, 3), e164.mid(5, 3), e164.mid(8, 4));
}

QString NumberInventory::countryOf(const QString &e164)
{
    if (!e164.startsWith(u"+1")) {
        for (const auto &[prefix, country] : {std::pair{u"+44", u"GB"}, {u"+49", u"DE"}, {u"+61", u"AU"}}) {
            if (e164.startsWith(QStringView(prefix)))
                return QString::fromUtf16(country);
        }
    }
    const Place *p = placeOf(areaCodeOf(e164));
    return p ? QString::fromUtf16(p->country) : u"US"_s;
}

const QList<ForeignBlock> &NumberInventory::foreignBlocks()
{
    return foreignBlockList;
}

QString NumberInventory::foreignNumber(const ForeignBlock &block, QRandomGenerator &rng)
{
    QString number = QString::fromUtf16(block.pattern);
    for (QChar &c : number) {
        if (c == u'#')
            c = QChar(u'0' + rng.bounded(10));
    }
    return number;
}

const ForeignBlock *NumberInventory::foreignBlockOf(const QString &e164)
{
    for (const ForeignBlock &block : foreignBlockList) {
        const QStringView pattern(block.pattern);
        const QStringView fixed = pattern.left(pattern.indexOf(u'#'));
        if (e164.size() == pattern.size() && e164.startsWith(fixed))
            return &block;
    }
    return nullptr;
}
