#pragma once

#include "FlowDefaults.h"
#include "OperatorDatabase.h"
#include "Result.h"

#include <QTimer>
#include <QUrl>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ServerPage;
}

namespace spdc {

class OperatorListModel;

// Where the configuration server is (§2.2.1): the user's operator, picked from
// mobile-broadband-provider-info by name, country or MCC/MNC, or an explicit https URL. A server
// given on the command line or preset by the organisation is prefilled and preselected; a
// locked choice is shown disabled. The operator's country is also how national phone numbers
// are read on the next page.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(const FlowDefaults &defaults, QWidget *parent = nullptr);
    ~ServerPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // The server URL, valid once the page is complete.
    QUrl server() const;
    // The chosen operator, when the server comes from one.
    std::optional<OperatorDatabase::Operator> selectedOperator() const;
    // ISO 3166 code of the chosen operator's country ("GB"); empty for another server.
    QString region() const;
    bool isDatabaseLoaded() const { return m_database.has_value(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Result<QUrl> parse() const;
    void updateMode();
    void filterOperators();
    void selectRow(int row);
    void onSelectionChanged();
    void onTextChanged();
    void showValidation();
    // The operator of a preset or typed MCC/MNC: from the database, or made up from the codes
    // when the database does not list it.
    std::optional<OperatorDatabase::Operator> operatorForCode(const QString &code) const;

    std::unique_ptr<Ui::ServerPage> m_ui;
    OperatorListModel *m_model;
    std::optional<OperatorDatabase> m_database;
    std::optional<OperatorDatabase::Operator> m_presetOperator;
    bool m_locked = false;
    bool m_allowCustom = true;
    QTimer m_errorDelay;
    QString m_operatorHint; // the .ui's hint, shown again once something matches
};

} // namespace spdc
