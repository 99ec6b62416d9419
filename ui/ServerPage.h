#pragma once

#include "FlowDefaults.h"
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

// Where the configuration server is (§2.2.1): from the operator's MCC/MNC, or an explicit
// https URL. A server given on the command line or preset by the organisation is prefilled
// and preselected; a locked choice is shown disabled.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(const FlowDefaults &defaults, QWidget *parent = nullptr);
    ~ServerPage() override;

    bool isComplete() const override;
    // The server URL, valid once the page is complete.
    QUrl server() const;

private:
    Result<QUrl> parse() const;
    void updateMode();
    void onTextChanged();
    void showValidation();

    std::unique_ptr<Ui::ServerPage> m_ui;
    bool m_locked = false;
    bool m_allowCustom = true;
    QTimer m_errorDelay;
};

} // namespace spdc
