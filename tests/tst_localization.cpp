// Translations as the app installs them: installTranslators() with the catalogues compiled
// into switchboard_app_lib. German reaches the models and the ui in the contexts lupdate
// gave them; English and the C locale get the numerus forms ("1 draft", not "1 draft(s)");
// the sandbox answers in English whatever is installed.

#include "api/apierror.h"
#include "drafts/draftfile.h"
#include "drafts/draftspane.h"
#include "drafts/draftstore.h"
#include "kindregistry.h"
#include "localization.h"
#include "properties/property.h"
#include "properties/timezonecatalog.h"
#include "sandboxfixture.h"
#include "validation/propertyrules.h"
#include "widgets/timezonepicker.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

class tst_Localization : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void germanModelTexts();
    void germanUiTexts();
    void draftPlurals_data();
    void draftPlurals();
    void timeZonePlurals_data();
    void timeZonePlurals();
    void sandboxAnswersInEnglish_data();
    void sandboxAnswersInEnglish();

private:
    static void install(const QLocale &locale);
    static void removeTranslators();
};

void tst_Localization::removeTranslators()
{
    // A QTranslator removes itself from the application when deleted.
    qDeleteAll(qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly));
}

// As main.cpp does, for the given language instead of the system's.
void tst_Localization::install(const QLocale &locale)
{
    removeTranslators();
    QLocale::setDefault(locale);
    QVERIFY(installTranslators(qApp));
}

void tst_Localization::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::system());
}

void tst_Localization::germanModelTexts()
{
    install(QLocale(QLocale::German, QLocale::Germany));

    QCOMPARE(ApiError::transport(ApiError::Kind::Refused, u"Connection refused"_s).displayText(),
             u"Der Server ist nicht erreichbar: Connection refused"_s);

    // Texts of free helper functions, which lupdate used to miss.
    QList<Draft> drafts;
    QString error;
    QVERIFY(!DraftFile::decode(R"({"format": "switchboard-drafts", "version": 1, "drafts": [42]})",
                               10, &drafts, &error));
    QCOMPARE(error, u"Entwurf 1 der Datei kann nicht importiert werden: Er ist kein JSON-Objekt."_s);

    Property property;
    QCOMPARE(Property::fromJson(QJsonObject(), &property).message(),
             u"Ein Property-Eintrag hat kein „AccountSid“."_s);

    QCOMPARE(Validation::checkMainDomain(u"https://example.com").reason,
             u"Geben Sie nur einen Hostnamen ein, ohne Schema wie „https://“."_s);
}

void tst_Localization::germanUiTexts()
{
    install(QLocale(QLocale::German, QLocale::Germany));

    // Registered with QT_TRANSLATE_NOOP("Section", ...) and ("Draft", ...) in ui/kinds.cpp.
    const KindRegistry &kinds = KindRegistry::builtIn();
    QCOMPARE(kinds.sectionTitle(Section::Drafts), u"Entwürfe"_s);
    QCOMPARE(kinds.sectionTitle(Section::TwilioNumbers), u"Rufnummern (Twilio)"_s);
    QCOMPARE(kinds.sectionTitle(Section::AllNumbers), u"Alle Rufnummern"_s);
    QCOMPARE(kinds.sectionDescription(Section::Broadcast),
             u"Massen-SMS- und -MMS-Projekte, die von einem Pool von Rufnummern senden."_s);
}

void tst_Localization::draftPlurals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<int>("busy");
    QTest::addColumn<QString>("banner");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    QTest::newRow("English, one") << english << 1
                                  << u"1 draft deleted. 1 draft in the outbox was kept."_s;
    QTest::newRow("English, two") << english << 2
                                  << u"1 draft deleted. 2 drafts in the outbox were kept."_s;
    QTest::newRow("C locale") << QLocale::c() << 1
                              << u"1 draft deleted. 1 draft in the outbox was kept."_s;
    QTest::newRow("no catalogue: English")
        << QLocale(QLocale::French, QLocale::France) << 1
        << u"1 draft deleted. 1 draft in the outbox was kept."_s;
    QTest::newRow("German, one") << german << 1
                                 << u"1 Entwurf gelöscht. 1 Entwurf im Postausgang wurde behalten."_s;
    QTest::newRow("German, two")
        << german << 2 << u"1 Entwurf gelöscht. 2 Entwürfe im Postausgang wurden behalten."_s;
}

void tst_Localization::draftPlurals()
{
    QFETCH(QLocale, locale);
    QFETCH(int, busy);
    QFETCH(QString, banner);
    install(locale);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DraftStore store(dir.path());
    store.setKnownKinds({DraftKind::Property});
    QVERIFY(store.open());
    QStringList ids{store.create(DraftKind::Property, u"a"_s, u"Plain"_s).id};
    for (int i = 0; i < busy; ++i) {
        const Draft queued = store.create(DraftKind::Property, u"a"_s, u"Queued"_s);
        QVERIFY(store.updateContent(queued.id, {}, u"Queued"_s, true));
        QVERIFY(store.enqueue(queued.id));
        ids << queued.id;
    }

    // "%n draft(s) in the outbox were kept." is the one text of the pane that leaves "1" to
    // the catalogue.
    DraftsPane pane(&store);
    pane.selectIds(ids);
    pane.deleteSelected();
    QCOMPARE(store.count(), busy);
    QCOMPARE(pane.bannerText(), banner);
}

void tst_Localization::timeZonePlurals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("reason");

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("English, one") << english << u"Sydney"_s
                                  << u"“Sydney” is not a time zone ID: choose the matching time "
                                     "zone from the list."_s;
    QTest::newRow("English, several") << english << u"Australia"_s
                                      << u"“Australia” is not a time zone ID: choose one of the %1 "
                                         "matching time zones from the list."_s;
    QTest::newRow("C locale, one") << QLocale::c() << u"Sydney"_s
                                   << u"“Sydney” is not a time zone ID: choose the matching time "
                                      "zone from the list."_s;
}

void tst_Localization::timeZonePlurals()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, search);
    QFETCH(QString, reason);
    install(locale);

    qsizetype matches = 0;
    for (const TimeZoneInfo &info : TimeZoneCatalog::all())
        matches += info.displayText.contains(search, Qt::CaseInsensitive) ? 1 : 0;
    if (reason.contains(u"%1"))
        QVERIFY2(matches > 1, qPrintable(search));
    else
        QCOMPARE(matches, 1);

    TimeZonePicker picker;
    picker.setEditText(search);
    const Validation::FieldCheck check = picker.check();
    QCOMPARE(check.verdict, Validation::Verdict::Incomplete);
    QCOMPARE(check.reason, reason.contains(u"%1") ? reason.arg(matches) : reason);
}

void tst_Localization::sandboxAnswersInEnglish_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");

    const auto property = [](const QString &name, const QString &domain, const QString &zone) {
        return QJsonObject{{u"Name"_s, name}, {u"MainDomain"_s, domain}, {u"TimeZone"_s, zone}};
    };
    // The first three are the client's own rules, which the app's catalogue translates.
    QTest::newRow("scheme in the domain")
        << property(u"Shop"_s, u"https://example.com"_s, u"UTC"_s)
        << u"Enter a host name only, without a scheme such as “https://”."_s;
    QTest::newRow("long name") << property(QString(101, u'x'), u"example.com"_s, u"UTC"_s)
                               << u"Name is longer than 100 characters."_s;
    QTest::newRow("unknown time zone") << property(u"Shop"_s, u"example.com"_s, u"Mars"_s)
                                       << u"“Mars” is not a Windows time zone ID."_s;
    QTest::newRow("sandbox's own") << QJsonObject{{u"Name"_s, u"Shop"_s}}
                                   << u"MainDomain is required"_s;
}

void tst_Localization::sandboxAnswersInEnglish()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);

    // The embedded sandbox runs inside the app, where the German translator is installed.
    install(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate("Validation", "Name is longer than %1 characters."),
             u"Der Name ist länger als %1 Zeichen."_s);

    SandboxFixture sandbox(0);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const SandboxCredentials c = sandbox.server().credentials();
    QNetworkRequest request(sandbox.server().baseUrl().resolved(QUrl(u"/v2/Properties"_s)));
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization",
                         "Basic "
                             + (c.propertiesAccountSid + u':' + c.propertiesAuthToken)
                                   .toUtf8()
                                   .toBase64());
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(
        nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const QJsonObject error = QJsonDocument::fromJson(reply->readAll()).object()
                                  .value(u"Error"_s).toObject();
    QCOMPARE(error.value(u"Message"_s).toString(), message);
}

QTEST_MAIN(tst_Localization)
#include "tst_localization.moc"
