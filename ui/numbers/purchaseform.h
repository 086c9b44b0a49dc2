#pragma once

#include "draftform.h"
#include "numbers/purchasedraft.h"

#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class AccountClient;
class ApiJob;
class AvailableNumberModel;
class FieldFeedback;
class NumberParametersEditor;
class PurchaseCartModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

// The buy flow, in its own tab, laid out for its three jobs: finding numbers (a search, "any
// number in this area code", or a number the user knows), the cart with each number's outcome,
// and the configuration every new number gets. Twilio answers at most 30 numbers a search, so
// a cart gathers picks from several. Buying asks for a confirmation that names the account and
// lists every number (and says so plainly when the account is live). A DraftForm over a
// PurchaseDraft: the cart survives a restart, is bought through the account's outbox one
// number at a time, and each number keeps its outcome, shown in plain words with the next step
// (replace a number that was taken, add the address a number needs).
//
// Only exact numbers are bought: "Any number in this area code" is resolved at once by a
// search (honouring the capability and address choices) to one number, which the cart shows
// and the confirmation names.
class PurchaseForm final : public DraftForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseForm)

public:
    explicit PurchaseForm(AccountClient *client, QWidget *parent = nullptr);
    ~PurchaseForm() override;

    PurchaseDraft cart() const;
    QJsonObject payload() const override { return cart().toJson(); }
    void setPayload(const QJsonObject &payload) override;
    QString draftTitle() const override { return cart().title(); }
    // Every offline check passes, the confirmation included.
    bool isComplete() const override;
    void applyFieldErrors(const QList<FieldError> &errors, const QString &message) override;
    // Why Buy is disabled ("" when it is not): the confirmation aside.
    QString blockingReason() const;

    // Whether the account is live (not the sandbox): said on the confirmation.
    void setLiveAccount(bool live, const QString &accountName);

    AvailableNumberModel *resultsModel() const { return m_results; }
    PurchaseCartModel *cartModel() const { return m_cartModel; }
    QTableView *resultsView() const { return m_resultsView; }
    QTableView *cartView() const { return m_cartView; }
    NumberParametersEditor *parametersEditor() const { return m_parameters; }
    bool isSearching() const { return !m_searchJob.isNull(); }

public slots:
    void search();
    // Adds the selected results (or the given row) to the cart.
    void addSelectedToCart();
    // "Any number in this area code": one exact number from a search of it, now.
    void addAreaCodeItem();
    // The number typed in the Number field, once a search says it is on offer.
    void addKnownNumber();
    void removeSelectedFromCart();
    // A taken number's replacement (or an old area-code item's exact number): the first
    // number of its search not in the cart.
    void replaceSelected();
    // Asks for the confirmation (window-modal, answered asynchronously), then buys.
    void buy();

signals:
    void searchFinished(bool ok);
    // addKnownNumber() and addAreaCodeItem() ended: a number was added, or not (why is shown).
    void numberLookupFinished(bool added);

protected:
    void showEvent(QShowEvent *event) override;
    void submissionChanged() override;
    bool checkBeforeSubmit() override;
    QString sentMessage(const Draft &draft) const override;
    QString progressMessage(const Draft &draft) const override;

private:
    using Found = std::function<void(const QList<AvailableNumber> &)>;

    void buildUi();
    QWidget *buildSearchSide();
    QWidget *buildCartSide();
    QWidget *buildParametersSide();
    NumberSearch searchFromFields() const;
    void setSearchFields(const NumberSearch &search);
    void setCart(const PurchaseDraft &cart);
    void cartChanged();
    void refresh();
    void updateTitle();
    void runSearch(const NumberSearch &search, Found then);
    // Asks whether `number` is on offer (its search, then the other types and +1 countries).
    void lookUpNumber(const QString &number, QList<NumberSearch> searches,
                      std::function<void(std::optional<AvailableNumber>, NumberSearch, ApiError)> then);
    void noteRegions(const QList<AvailableNumber> &found);
    void showNearbyFor(const QString &areaCode);
    QString confirmationText() const;
    PurchaseAccount account() const;
    QString itemLine(const PurchaseItem &item) const;

    AccountClient *m_client;
    PurchaseDraft m_cart;
    bool m_updating = false;
    bool m_live = false;
    bool m_shown = false;
    QString m_accountName;
    QPointer<ApiJob> m_searchJob;
    QPointer<ApiJob> m_lookupJob;
    QPointer<QWidget> m_confirm; // the open confirmation; a QWidget, as its destroyed() says it is then
    QHash<QString, QString> m_regionOfArea; // from search results: "907" -> "AK"
    QString m_nearbyArea;                   // the area code "Search nearby" is offered for

    QComboBox *m_type = nullptr;
    QLineEdit *m_areaCode = nullptr;
    QLineEdit *m_contains = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QCheckBox *m_voice = nullptr;
    QCheckBox *m_sms = nullptr;
    QCheckBox *m_mms = nullptr;
    QCheckBox *m_noAddress = nullptr;
    FieldFeedback *m_areaFeedback = nullptr;
    QLineEdit *m_number = nullptr;
    FieldFeedback *m_numberFeedback = nullptr;
    QPushButton *m_addNumberButton = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_anyInArea = nullptr;
    QPushButton *m_nearbyButton = nullptr;
    QLabel *m_searchStatus = nullptr;
    AvailableNumberModel *m_results = nullptr;
    QTableView *m_resultsView = nullptr;
    QPushButton *m_addButton = nullptr;

    PurchaseCartModel *m_cartModel = nullptr;
    QTableView *m_cartView = nullptr;
    QLabel *m_cartCount = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QLabel *m_itemHelp = nullptr;
    NumberParametersEditor *m_parameters = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_buyButton = nullptr;
    QLabel *m_heading = nullptr;
};
