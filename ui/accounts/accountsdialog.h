#pragma once

#include "accounts/accountconfig.h"
#include "accounts/connectiontest.h"
#include "widgets/messagebanner.h"

#include <QDialog>
#include <QHash>
#include <QMap>
#include <QPointer>

class AccountListModel;
class FieldFeedback;
class NetworkLog;
class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QToolButton;

// Settings ▸ Accounts: add, edit, remove and reorder accounts. A real account is one
// provider login in the family's own words; every field is checked as it is typed (the
// rules of models/validation, shown with FieldFeedback), OK says on hover what still
// stops it, and Test connection makes one cheap authenticated read with the fields as
// they stand. Nothing is applied before OK: the caller takes accounts() and applies them
// (AccountManager::apply). Secrets are never shown: a stored one is kept unless a new one
// is typed.
//
//     auto *dialog = new AccountsDialog(manager->accounts(), window);
//     connect(dialog, &QDialog::accepted, [=] { manager->apply(dialog->accounts()); });
//     dialog->open();                       // window-modal, no nested event loop
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(const QList<AccountConfig> &accounts, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // The list as the user left it (for OK).
    QList<AccountConfig> accounts() const;

    // Test connection requests are recorded there too (not owned; may be null).
    void setNetworkLog(NetworkLog *log);
    // Accounts known without a secret (no keychain at the last start): OK does not wait
    // for theirs; the banner says they stay disconnected until it is entered.
    void setSecretMayBeMissing(const QStringList &ids);
    void selectAccount(const QString &id);
    // Shows "Add an account": the four services and the sandbox to choose from.
    void startAdding();
    // Adds a new account of the family and selects it, name field focused.
    void addAccount(ApiFamily family);
    void addSandbox();
    void removeCurrent();
    void moveCurrent(int delta);
    void showMessage(const QString &text, MessageBanner::Type type);

    // For tests and screenshots.
    AccountListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *edit(AccountField field) const;
    FieldFeedback *feedback(AccountField field) const;
    QComboBox *familyCombo() const { return m_familyCombo; }
    QRadioButton *apiKeyRadio() const { return m_apiKeyRadio; }
    QRadioButton *authTokenRadio() const { return m_authTokenRadio; }
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *okButton() const { return m_okButton; }
    QPushButton *keepButton() const { return m_keepButton; }
    QString testResult() const;
    QString bannerText() const;
    QString hostPreview() const;
    int currentRow() const;
    bool isAddPageShown() const;

signals:
    void testFinished(ConnectionTest::Outcome outcome, const QString &message);

private:
    void buildUi();
    void addRow(QLabel *label, QWidget *field);
    void setRowVisible(QWidget *field, bool visible);
    QWidget *buildAddPage();
    QWidget *buildFormPage();
    QWidget *buildSandboxPage();
    void onCurrentChanged();
    void loadForm(const AccountConfig &config);
    void onEdited(AccountField field);
    void updateChecks();
    void updateButtons();
    void updateFieldVisibility(const AccountConfig &config);
    AccountConfig currentConfig() const;
    void setCurrentConfig(const AccountConfig &config);
    void runTest();
    void chooseCaFile();
    void keepEnvironmentAccount();
    void clearTestResult();

    AccountListModel *m_model;
    QListView *m_list;
    QStackedWidget *m_pages;
    QWidget *m_addPage = nullptr;
    QWidget *m_formPage = nullptr;
    QWidget *m_sandboxPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    MessageBanner *m_banner;
    QPushButton *m_addButton;
    QMenu *m_addMenu;
    QAction *m_addSandboxAction = nullptr;
    QPushButton *m_removeButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QPushButton *m_okButton = nullptr;

    QLabel *m_formHeading = nullptr;
    QLabel *m_originNote = nullptr;
    QPushButton *m_keepButton = nullptr;
    QGridLayout *m_form = nullptr;
    QHash<QWidget *, QLabel *> m_rowLabels; // field -> its label
    QComboBox *m_familyCombo = nullptr;
    QWidget *m_authRow = nullptr;
    QRadioButton *m_authTokenRadio = nullptr;
    QRadioButton *m_apiKeyRadio = nullptr;
    QButtonGroup *m_authGroup = nullptr;
    QMap<AccountField, QLineEdit *> m_edits;
    QMap<AccountField, FieldFeedback *> m_feedback;
    QMap<AccountField, QLabel *> m_labels;
    QMap<AccountField, QWidget *> m_rows;
    QLabel *m_hostPreview = nullptr;
    QWidget *m_serverTop = nullptr;    // the server's place where it is required
    QWidget *m_serverBottom = nullptr; // and where it is optional
    QLabel *m_serverTopLabel = nullptr;
    QLabel *m_serverBottomLabel = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_testBusy = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_testIcon = nullptr;

    ConnectionTest *m_test;
    QString m_testedId;
    QHash<QString, AccountConfig> m_original; // each account as the dialog opened with it
    QStringList m_newIds;                    // added in this dialog: their family can change
    bool m_loading = false;
};
