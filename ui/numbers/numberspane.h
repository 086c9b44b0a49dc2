#pragma once

#include "listpane.h"

#include "numbers/incomingnumber.h"
#include "numbers/numbersclient.h"

#include <QPointer>
#include <QSet>

#include <optional>

class Account;
class QTableView;
class AccountClient;
class ApiJob;
class DocumentDrafts;
class DraftStore;
class NumberFilterModel;
class NumberForm;
class NumberSummary;
class NumberSummaryView;
struct NumberSummaryBar;
class NumberTableModel;
class QComboBox;
class QLineEdit;
class QMessageBox;
class QTimer;

// The Numbers section of one Twilio or SignalWire account, on the ListPane footing, for
// reviewing thousands of numbers: the whole account streamed in (NumberTableModel: the last
// visit's table from the cache at once, then the server's, the status bar saying how far
// with Cancel), each number's problems flagged (an icon each, the words on hover and a
// "Show" filter), sorted and filtered locally at once (NumberFilterModel: text, problem,
// capability, region), with the selected number's
// configuration editable in place (a NumberForm bound to a number-edit draft: saving goes
// through the outbox), Release (a confirmation naming the account, the number and what stops
// working, then a release draft sent through the outbox), and Buy numbers, which asks the
// shell for a purchase form.
//
//     auto *pane = new NumbersPane(account, client, store, documents);
class NumbersPane final : public ListPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumbersPane)

public:
    // account and documents may be null (no drafts: editing and releasing are off, and say why).
    NumbersPane(Account *account, AccountClient *client, DraftStore *drafts,
                DocumentDrafts *documents, QWidget *parent = nullptr);
    ~NumbersPane() override;

    void draftSent(const Draft &draft) override;

    NumberTableModel *model() const { return m_model; }
    // What every table of numbers (this one, All numbers) sets up alike: the name stretches,
    // problems draw as icons, Emergency and Created start hidden. Returns the columns the
    // header's menu may hide and show (ListPane::setOptionalColumns()).
    static QList<int> setUpNumberColumns(QTableView *view);
    NumberFilterModel *proxy() const { return m_proxy; }
    NumberForm *form() const { return m_form; }
    NumberSummary *summary() const { return m_summary; }
    NumberSummaryView *summaryView() const { return m_summaryView; }
    QAction *summaryAction() const { return m_summaryAction; }
    PaneActions paneActions() const override;
    std::optional<IncomingNumber> currentNumber() const;
    // Selects the listed number with this SID; false if it is not listed.
    bool selectNumber(const QString &sid);
    // The confirmation's words for releasing this number (title, text).
    QString releaseQuestion(const IncomingNumber &number) const;
    QString releaseDetails(const IncomingNumber &number) const;

public slots:
    void buyNumbers();
    // Shows or hides the summary above the table (remembered for the next start).
    void setSummaryShown(bool shown);
    // The filters set to show exactly this summary bar's rows; the bar shown already: all rows.
    void showSummaryBar(const NumberSummaryBar &bar);
    // Asks (a window-modal box, answered asynchronously), then releases the selected number
    // through the outbox.
    void releaseSelected();

signals:
    // A release finished: released, or not (with the reason).
    void releaseFinished(const QString &phoneNumber, bool released, const QString &message);

protected:
    QString placeholderText(State state) const override;
    QString statusText() const override;
    QString loadFailedText(const ApiError &error) const override;
    bool isFiltering() const override;
    void clearFilter() override;
    void firstPageLoaded() override;
    void aboutToReload() override;
    void currentChanged() override;
    int preferredListWidth() const override;
    void sharedWidth() override;
    void readCurrent() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void applyFilter();
    void fillRegions();
    void updateBanner();
    void showForm(const IncomingNumber &number);
    void dropForm();
    void release(const IncomingNumber &number);
    void onReleaseChanged(const QString &draftId);
    void updateReleaseAction();
    void refreshNumber(const QString &sid, bool restartEdit);
    bool isReleasing(const QString &sid) const;

    QPointer<Account> m_account;
    AccountClient *m_client;
    NumbersClient m_numbers;
    QPointer<DraftStore> m_drafts;
    QPointer<DocumentDrafts> m_documents;
    NumberTableModel *m_model;
    NumberFilterModel *m_proxy;

    QAction *m_releaseAction = nullptr;
    QAction *m_summaryAction = nullptr;
    NumberSummary *m_summary = nullptr;
    NumberSummaryView *m_summaryView = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QComboBox *m_showFilter = nullptr;
    QComboBox *m_capabilityFilter = nullptr;
    QComboBox *m_regionFilter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QPointer<NumberForm> m_form;
    QPointer<QWidget> m_confirm; // the open confirmation; a QWidget, as its destroyed() says it is then
    QPointer<ApiJob> m_readJob;
    QHash<QString, QString> m_releases; // release draft id -> the number's SID, while pending
};
