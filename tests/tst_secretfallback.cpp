// No keychain service (CTest runs this without a D-Bus session): Switchboard says so, keeps
// an account's secret for the session only, asks again at the next start, and never writes
// a secret anywhere. After each scenario every file of the data folder, the settings and
// the home folders is searched for the secrets, and so is everything the program logged.
// (The embedded sandbox's own demo credentials are not an account's secret: the accounts
// here sign in to a separate sandbox whose folder is not searched.)
#include "accountmanager.h"
#include "accounts/accountsdialog.h"
#include "accounts/accountlistmodel.h"
#include "api/account.h"
#include "appcontroller.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "secretstore.h"
#include "widgets/fieldfeedback.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 60000;

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previous)
        g_previous(type, context, message);
}

// The folders a stray write could land in: HOME and the XDG ones point into this one.
QTemporaryDir &home()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

class tst_SecretFallback final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void noKeychainWritesNoSecretAnywhere();

private:
    // The secrets found in files or in the log, as "secret in path" lines.
    QStringList leaks(const QStringList &secrets) const;
    AccountsDialog *waitForDialog(AppController &controller);
    static void type(QLineEdit *edit, const QString &text);

    SandboxFixture m_target{10};
    QTemporaryDir m_data;
};

void tst_SecretFallback::initTestCase()
{
    QVERIFY(home().isValid());
    QVERIFY(m_data.isValid());
    // No session bus: the keychain (Secret Service over D-Bus) is not there.
    QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(u"unix:path=/run"_s));
    QVERIFY2(m_target.start(), qPrintable(m_target.errorString()));
    g_previous = qInstallMessageHandler(capture);
}

void tst_SecretFallback::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

QStringList tst_SecretFallback::leaks(const QStringList &secrets) const
{
    QStringList found;
    for (const QString &folder : {m_data.path(), home().path()}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QString &secret : secrets) {
                if (content.contains(secret.toUtf8()))
                    found << u"%1 in %2"_s.arg(secret.left(4) + u"…"_s, path);
            }
        }
    }
    const QString logged = g_log.join(u'\n');
    for (const QString &secret : secrets) {
        if (logged.contains(secret))
            found << u"%1 in the log output"_s.arg(secret.left(4) + u"…"_s);
    }
    return found;
}

AccountsDialog *tst_SecretFallback::waitForDialog(AppController &controller)
{
    if (!QTest::qWaitFor([&] { return controller.accountsDialog() != nullptr; }, timeoutMs))
        return nullptr;
    return controller.accountsDialog();
}

void tst_SecretFallback::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void tst_SecretFallback::noKeychainWritesNoSecretAnywhere()
{
    const AccountProfile properties = m_target.profile(ApiFamily::Properties);
    const AccountProfile key = m_target.twilioApiKeyProfile();
    const QStringList secrets{properties.secret, key.secret};
    CommandLineOptions options;
    options.dataDir = m_data.path();
    options.sandboxNumbers = 10;
    QString propertiesId;

    // 1. Add a Properties account through the dialog: it works for this session.
    {
        AppController controller(options);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(u"sandbox"_s), timeoutMs);
        controller.window()->addAccountAction()->trigger();
        AccountsDialog *dialog = waitForDialog(controller);
        QVERIFY(dialog);
        QVERIFY(dialog->isAddPageShown());
        dialog->findChild<QPushButton *>(u"choosePropertiesButton"_s)->click();
        type(dialog->edit(AccountField::Name), u"Acme properties"_s);
        type(dialog->edit(AccountField::Server), properties.baseUrl.toString());
        type(dialog->edit(AccountField::AccountSid), properties.user);
        type(dialog->edit(AccountField::Secret), properties.secret);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->okButton()->toolTip()));
        QSignalSpy tested(dialog, &AccountsDialog::testFinished);
        dialog->testButton()->click();
        QVERIFY(tested.wait(timeoutMs));
        QCOMPARE(tested.first().first().value<ConnectionTest::Outcome>(), ConnectionTest::Outcome::Works);
        propertiesId = dialog->model()->account(dialog->currentRow()).id;
        dialog->okButton()->click();

        // It says the keychain is missing, and the account works all the same.
        QTRY_VERIFY_WITH_TIMEOUT(controller.secretStore()->isKeychainMissing(), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(propertiesId), timeoutMs);
        Account *acme = controller.window()->account(propertiesId);
        QCOMPARE(acme->displayName(), u"Acme properties"_s);
        QVERIFY(acme->isLive());
        QTRY_COMPARE_WITH_TIMEOUT(acme->connectionState(), Account::ConnectionState::Online, timeoutMs);
        QVERIFY(controller.secretStore()->sessionKeys().contains(propertiesId));
        QVERIFY(controller.window()->statusBar()->currentMessage().contains(u"keychain"_s)
                || controller.window()->statusBar()->currentMessage().contains(u"session"_s));
        QVERIFY2(leaks(secrets).isEmpty(), qPrintable(leaks(secrets).join(u'\n')));
    }
    QVERIFY2(leaks(secrets).isEmpty(), qPrintable(leaks(secrets).join(u'\n')));

    // 2. The next start asks again, and the secret typed works for this session.
    {
        AppController controller(options);
        controller.start();
        AccountsDialog *dialog = waitForDialog(controller);
        QVERIFY2(dialog, "the next start asks for the secret");
        QCOMPARE(dialog->model()->account(dialog->currentRow()).id, propertiesId);
        QVERIFY2(dialog->bannerText().contains(u"keychain"_s), qPrintable(dialog->bannerText()));
        QVERIFY(!controller.window()->account(propertiesId)); // not connected without it
        type(dialog->edit(AccountField::Secret), properties.secret);

        // ...and a second account, a Twilio API key, in the same go.
        dialog->addAccount(ApiFamily::Twilio);
        type(dialog->edit(AccountField::Name), u"Acme voice"_s);
        type(dialog->edit(AccountField::AccountSid), key.accountSid);
        dialog->apiKeyRadio()->click();
        type(dialog->edit(AccountField::ApiKeySid), key.user);
        type(dialog->edit(AccountField::Secret), key.secret);
        type(dialog->edit(AccountField::Server), key.baseUrl.toString());
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->okButton()->toolTip()));
        const QString voiceId = dialog->model()->account(dialog->currentRow()).id;
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(propertiesId), timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(controller.window()->account(voiceId), timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(controller.window()->account(voiceId)->connectionState(),
                                  Account::ConnectionState::Online, timeoutMs);
        QVERIFY2(leaks(secrets).isEmpty(), qPrintable(leaks(secrets).join(u'\n')));

        // 3. Removing an account leaves nothing of it either.
        controller.openAccountsDialog(false, propertiesId);
        dialog = controller.accountsDialog();
        QVERIFY(dialog);
        dialog->removeCurrent();
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.window()->account(propertiesId), timeoutMs);
        QVERIFY(!controller.secretStore()->sessionKeys().contains(propertiesId));
        QVERIFY2(leaks(secrets).isEmpty(), qPrintable(leaks(secrets).join(u'\n')));
    }
    QVERIFY2(leaks(secrets).isEmpty(), qPrintable(leaks(secrets).join(u'\n')));

    // The settings still name the remaining account, without its secret.
    QSettings settings(QDir(m_data.path()).filePath(u"switchboard.ini"_s), QSettings::IniFormat);
    const QList<AccountConfig> saved = AccountSettings::load(settings).accounts;
    QCOMPARE(saved.size(), 2); // the sandbox and Acme voice
    QVERIFY(saved.at(1).secret.isEmpty());
    QCOMPARE(saved.at(1).apiKeySid, key.user);
}

int main(int argc, char *argv[])
{
    // Before anything reads them: a stray write would land where the test looks.
    qputenv("HOME", home().path().toUtf8());
    qputenv("XDG_CONFIG_HOME", QDir(home().path()).filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home().path()).filePath(u"data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(home().path()).filePath(u"cache"_s).toUtf8());
    qputenv("XDG_RUNTIME_DIR", QDir(home().path()).filePath(u"runtime"_s).toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SwitchboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_secretfallback"_s);
    tst_SecretFallback test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretfallback.moc"
