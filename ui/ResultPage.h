#pragma once

#include <QDateTime>
#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class ResultPage;
}

namespace spdc {

struct Profile;

// What was linked: the identity, the configuration version and how long it is valid.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);
    ~ResultPage() override;

    void setClock(std::function<QDateTime()> nowUtc) { m_nowUtc = std::move(nowUtc); }

public Q_SLOTS:
    void showProfile(const spdc::Profile &profile);

private:
    std::unique_ptr<Ui::ResultPage> m_ui;
    std::function<QDateTime()> m_nowUtc;
};

} // namespace spdc
