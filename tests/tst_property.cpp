// The Properties family's wire types and the draft value type: strict parsing of what the
// server sends, lenient reading of saved drafts, the request body's defaults.
#include "properties/property.h"
#include "properties/propertydraft.h"
#include "properties/timezonecatalog.h"
#include "validation/propertyrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString ExampleAccount = u"AG5T3HFR5ASD54FS5GB3SDAFJAKSH6DS"_s;
const QString ExampleProperty = u"S1234567890ABCDEF1234567890ABCDE"_s;

// The contract's example record.
QJsonObject exampleRecord()
{
    return QJsonObject{
        {u"AccountSid"_s, ExampleAccount},
        {u"PropertySid"_s, ExampleProperty},
        {u"Name"_s, u"My Awesome Project"_s},
        {u"MainDomain"_s, u"example.com"_s},
        {u"TimeZone"_s, u"AUS Eastern Standard Time"_s},
        {u"SmsEnabled"_s, true},
        {u"CallRecordingEnabled"_s, false},
        {u"IntegrationsEnabled"_s, true},
        {u"Active"_s, true},
    };
}
} // namespace

class tst_Property final : public QObject
{
    Q_OBJECT

private slots:
    void recordFromContractExample();
    void malformedRecords_data();
    void malformedRecords();
    void singleReadIsWrapped();
    void pageAcceptsPropertiesOrProjects_data();
    void pageAcceptsPropertiesOrProjects();
    void malformedPages_data();
    void malformedPages();
    void wireNames();
    void draftDefaultsAreTheContracts();
    void draftRequestBody();
    void draftJsonRoundTrip();
    void draftFromJsonIsLenient();
    void draftValidation_data();
    void draftValidation();
    void timeZoneCatalog();
};

void tst_Property::recordFromContractExample()
{
    Property p;
    const ApiError error = Property::fromJson(exampleRecord(), &p);
    QVERIFY2(!error.isError(), qPrintable(error.displayText()));
    QCOMPARE(p.accountSid, ExampleAccount);
    QCOMPARE(p.propertySid, ExampleProperty);
    QCOMPARE(p.name, u"My Awesome Project"_s);
    QCOMPARE(p.mainDomain, u"example.com"_s);
    QCOMPARE(p.timeZone, u"AUS Eastern Standard Time"_s);
    QVERIFY(p.smsEnabled);
    QVERIFY(!p.callRecordingEnabled);
    QVERIFY(p.integrationsEnabled);
    QVERIFY(p.active);
    QCOMPARE(p.toJson(), exampleRecord());
}

void tst_Property::malformedRecords_data()
{
    QTest::addColumn<QJsonObject>("record");
    QTest::addColumn<QString>("mentions");

    auto without = [](const QString &key) { QJsonObject o = exampleRecord(); o.remove(key); return o; };
    auto with = [](const QString &key, const QJsonValue &v) { QJsonObject o = exampleRecord(); o.insert(key, v); return o; };

    QTest::newRow("no PropertySid") << without(u"PropertySid"_s) << u"PropertySid"_s;
    QTest::newRow("no Name") << without(u"Name"_s) << u"Name"_s;
    QTest::newRow("no Active") << without(u"Active"_s) << u"Active"_s;
    QTest::newRow("Name is a number") << with(u"Name"_s, 42) << u"Name"_s;
    QTest::newRow("SmsEnabled is a string") << with(u"SmsEnabled"_s, u"true"_s) << u"SmsEnabled"_s;
    QTest::newRow("TimeZone is null") << with(u"TimeZone"_s, QJsonValue::Null) << u"TimeZone"_s;
    QTest::newRow("short PropertySid") << with(u"PropertySid"_s, u"S123"_s) << u"S123"_s;
    QTest::newRow("PropertySid not starting with S")
        << with(u"PropertySid"_s, u"X1234567890ABCDEF1234567890ABCDE"_s) << u"X1234"_s;
    QTest::newRow("lower-case PropertySid")
        << with(u"PropertySid"_s, u"s1234567890abcdef1234567890abcde"_s) << u"s1234"_s;
    QTest::newRow("AccountSid with a dash")
        << with(u"AccountSid"_s, u"AG5T3HFR5ASD54FS5GB3SDAFJAKSH6D-"_s) << u"account SID"_s;
    QTest::newRow("empty object") << QJsonObject() << u"AccountSid"_s;
}

void tst_Property::malformedRecords()
{
    QFETCH(QJsonObject, record);
    QFETCH(QString, mentions);

    Property p;
    p.name = u"untouched"_s;
    const ApiError error = Property::fromJson(record, &p);
    QCOMPARE(error.kind(), ApiError::Kind::Malformed);
    QVERIFY2(error.message().contains(mentions), qPrintable(error.message()));
    QCOMPARE(p.name, u"untouched"_s); // nothing half-filled
}

void tst_Property::singleReadIsWrapped()
{
    Property p;
    QVERIFY(!propertyFromDocument(QJsonDocument(QJsonObject{{u"Property"_s, exampleRecord()}}), &p)
                 .isError());
    QCOMPARE(p.propertySid, ExampleProperty);

    QCOMPARE(propertyFromDocument(QJsonDocument(QJsonObject{{u"Property"_s, 3}}), &p).kind(),
             ApiError::Kind::Malformed);
    QCOMPARE(propertyFromDocument(QJsonDocument(QJsonArray{}), &p).kind(), ApiError::Kind::Malformed);
    QCOMPARE(propertyFromDocument(QJsonDocument(), &p).kind(), ApiError::Kind::Malformed);
}

void tst_Property::pageAcceptsPropertiesOrProjects_data()
{
    QTest::addColumn<QString>("arrayKey");
    QTest::addColumn<QJsonValue>("token");
    QTest::addColumn<QString>("expectedToken");
    QTest::newRow("Properties, last page") << u"Properties"_s << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("Projects, more pages") << u"Projects"_s << QJsonValue(u"YWZ0ZXI6NTA"_s) << u"YWZ0ZXI6NTA"_s;
    QTest::newRow("no token at all") << u"Properties"_s << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("numeric token") << u"Properties"_s << QJsonValue(100) << u"100"_s;
}

void tst_Property::pageAcceptsPropertiesOrProjects()
{
    QFETCH(QString, arrayKey);
    QFETCH(QJsonValue, token);
    QFETCH(QString, expectedToken);

    QJsonObject root{{arrayKey, QJsonArray{exampleRecord()}}, {u"TotalCount"_s, 312}};
    if (!token.isUndefined())
        root.insert(u"NextPageToken"_s, token);
    PropertyPage page;
    const ApiError error = PropertyPage::fromJson(QJsonDocument(root), &page);
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    QCOMPARE(page.properties.size(), 1);
    QCOMPARE(page.properties.first().propertySid, ExampleProperty);
    QCOMPARE(page.totalCount, 312);
    QCOMPARE(page.nextPageToken, expectedToken);
}

void tst_Property::malformedPages_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QJsonObject broken = exampleRecord();
    broken.remove(u"Name"_s);

    QTest::newRow("not an object") << QJsonDocument(QJsonArray{exampleRecord()});
    QTest::newRow("no array") << QJsonDocument(QJsonObject{{u"TotalCount"_s, 1}});
    QTest::newRow("array is an object")
        << QJsonDocument(QJsonObject{{u"Properties"_s, exampleRecord()}, {u"TotalCount"_s, 1}});
    QTest::newRow("a record is a string")
        << QJsonDocument(QJsonObject{{u"Properties"_s, QJsonArray{u"x"_s}}, {u"TotalCount"_s, 1}});
    QTest::newRow("a record lacks Name")
        << QJsonDocument(QJsonObject{{u"Properties"_s, QJsonArray{exampleRecord(), broken}},
                                     {u"TotalCount"_s, 2}});
    QTest::newRow("no TotalCount") << QJsonDocument(QJsonObject{{u"Properties"_s, QJsonArray{}}});
    QTest::newRow("negative TotalCount")
        << QJsonDocument(QJsonObject{{u"Properties"_s, QJsonArray{}}, {u"TotalCount"_s, -1}});
    QTest::newRow("fractional TotalCount")
        << QJsonDocument(QJsonObject{{u"Properties"_s, QJsonArray{}}, {u"TotalCount"_s, 1.5}});
    QTest::newRow("token is an object")
        << QJsonDocument(QJsonObject{{u"Properties"_s, QJsonArray{}}, {u"TotalCount"_s, 0},
                                     {u"NextPageToken"_s, QJsonObject{}}});
}

void tst_Property::malformedPages()
{
    QFETCH(QJsonDocument, document);
    PropertyPage page;
    page.totalCount = 7;
    const ApiError error = PropertyPage::fromJson(document, &page);
    QCOMPARE(error.kind(), ApiError::Kind::Malformed);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(page.totalCount, 7); // untouched
}

void tst_Property::wireNames()
{
    for (PropertyField f : {PropertyField::Name, PropertyField::MainDomain, PropertyField::TimeZone,
                            PropertyField::SmsEnabled, PropertyField::CallRecordingEnabled,
                            PropertyField::IntegrationsEnabled, PropertyField::Active}) {
        QCOMPARE(propertyFieldFromWireName(wireName(f)), std::optional<PropertyField>(f));
    }
    QCOMPARE(propertyFieldFromWireName(u"timezone"_s), std::optional<PropertyField>(PropertyField::TimeZone));
    QCOMPARE(propertyFieldFromWireName(u"Results_Count"_s), std::nullopt);
    QCOMPARE(propertyFieldFromWireName(QString()), std::nullopt);
}

void tst_Property::draftDefaultsAreTheContracts()
{
    const PropertyDraft draft;
    QVERIFY(!draft.smsEnabled);
    QVERIFY(!draft.callRecordingEnabled);
    QVERIFY(!draft.integrationsEnabled);
    QVERIFY(draft.active);
    QVERIFY(draft.name.isEmpty() && draft.mainDomain.isEmpty() && draft.timeZone.isEmpty());
}

void tst_Property::draftRequestBody()
{
    PropertyDraft draft;
    draft.name = u"  New Marketing Project "_s;
    draft.mainDomain = u"marketing.example.com "_s;
    draft.timeZone = u"AUS Eastern Standard Time"_s;
    draft.smsEnabled = true;
    const QJsonObject body = draft.toRequestBody();
    QCOMPARE(body.value(u"Name"_s).toString(), u"New Marketing Project"_s);
    QCOMPARE(body.value(u"MainDomain"_s).toString(), u"marketing.example.com"_s);
    QCOMPARE(body.value(u"TimeZone"_s).toString(), u"AUS Eastern Standard Time"_s);
    QCOMPARE(body.value(u"SmsEnabled"_s), QJsonValue(true));
    QCOMPARE(body.value(u"CallRecordingEnabled"_s), QJsonValue(false));
    QCOMPARE(body.value(u"IntegrationsEnabled"_s), QJsonValue(false));
    QCOMPARE(body.value(u"Active"_s), QJsonValue(true));
    QCOMPARE(body.size(), 7);
}

void tst_Property::draftJsonRoundTrip()
{
    PropertyDraft draft;
    draft.name = u"Half typed "_s; // kept exactly as typed, spaces included
    draft.mainDomain = u"https://not-yet"_s;
    draft.timeZone = u"Sydn"_s;
    draft.callRecordingEnabled = true;
    draft.active = false;
    const QJsonObject json = draft.toJson();
    QVERIFY(json.contains(u"version"_s));
    QCOMPARE(PropertyDraft::fromJson(json), draft);
    // Through text, as a store would keep it.
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    QCOMPARE(PropertyDraft::fromJson(QJsonDocument::fromJson(text).object()), draft);
}

void tst_Property::draftFromJsonIsLenient()
{
    QCOMPARE(PropertyDraft::fromJson({}), PropertyDraft());
    const PropertyDraft d = PropertyDraft::fromJson(
        QJsonObject{{u"Name"_s, u"Kept"_s}, {u"Active"_s, u"yes"_s}, {u"SmsEnabled"_s, 1}});
    QCOMPARE(d.name, u"Kept"_s);
    QVERIFY(d.active);      // mistyped: the default stands
    QVERIFY(!d.smsEnabled); // mistyped: the default stands
}

void tst_Property::draftValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<int>("firstProblem"); // -1: none

    QTest::newRow("valid") << u"Spring"_s << u"example.com"_s << u"UTC"_s << -1;
    QTest::newRow("empty") << QString() << QString() << QString() << int(PropertyField::Name);
    QTest::newRow("bad domain") << u"Spring"_s << u"http://example.com"_s << u"UTC"_s
                                << int(PropertyField::MainDomain);
    QTest::newRow("IANA zone") << u"Spring"_s << u"example.com"_s << u"Europe/Paris"_s
                               << int(PropertyField::TimeZone);
}

void tst_Property::draftValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(QString, timeZone);
    QFETCH(int, firstProblem);

    PropertyDraft draft;
    draft.name = name;
    draft.mainDomain = domain;
    draft.timeZone = timeZone;
    const PropertyDraftCheck check = draft.validate();
    QCOMPARE(check.isOk(), firstProblem < 0);
    if (firstProblem < 0) {
        QCOMPARE(check.firstProblem(), std::nullopt);
    } else {
        QCOMPARE(check.firstProblem(), std::optional<PropertyField>(PropertyField(firstProblem)));
        QVERIFY(!check.check(PropertyField(firstProblem)).reason.isEmpty());
    }
    QVERIFY(check.check(PropertyField::Active).isOk());
}

void tst_Property::timeZoneCatalog()
{
    const QList<TimeZoneInfo> &all = TimeZoneCatalog::all();
    QCOMPARE(all.size(), Validation::windowsTimeZoneIds().size());
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).standardOffset <= all.at(i).standardOffset); // ordered by offset

    const TimeZoneInfo *sydney = TimeZoneCatalog::find(u"AUS Eastern Standard Time"_s);
    QVERIFY(sydney);
    QCOMPARE(sydney->ianaId, u"Australia/Sydney"_s);
    QCOMPARE(sydney->standardOffset, 10 * 3600);
    QCOMPARE(sydney->offsetText, u"UTC+10:00"_s);
    QCOMPARE(sydney->displayText, u"(UTC+10:00) AUS Eastern Standard Time — Australia/Sydney"_s);
    QCOMPARE(TimeZoneCatalog::find(u"aus eastern standard time"_s), sydney);
    QCOMPARE(TimeZoneCatalog::find(u"Australia/Sydney"_s), nullptr);

    QCOMPARE(TimeZoneCatalog::offsetText(0), u"UTC"_s);
    QCOMPARE(TimeZoneCatalog::offsetText(-(3 * 3600 + 1800)), u"UTC-03:30"_s);
    QCOMPARE(TimeZoneCatalog::offsetText(5 * 3600 + 45 * 60), u"UTC+05:45"_s);
}

QTEST_APPLESS_MAIN(tst_Property)
#include "tst_property.moc"
