#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace spdc {

// What went wrong, in terms the front ends map to messages and exit codes.
enum class ErrorCode {
    InvalidInput,          // the user typed something the spec's Format column rejects
    RateLimited,           // too soon for the operator to text another code: the user waits
    Forbidden,             // 403: identity not valid or not authorised (§2.5.2)
    AuthenticationFailed,  // 511: OTP or token rejected (§2.5.2, §2.5.4)
    NameConflict,          // 409: friendly_device_name already used (Table 7)
    ServerError,           // 5xx other than 511, unexpected status
    NetworkError,          // unreachable, DNS failure, connection refused
    Timeout,               // transfer timeout
    TlsError,              // certificate not trusted, handshake failure
    InvalidResponse,       // a 200 whose body is not a usable provisioning document, a redirect
    DisabledByServer,      // version <= 0 (Tables 3-5)
    MessageRejected,       // the user declined the server's MSG (§2.2.3)
    KeychainUnavailable,   // no Secret Service, locked, access denied
    StoredDataDamaged,     // the keychain answers, but a stored profile fails its checksum
    NotFound,              // no such account or profile
    Cancelled,             // the user cancelled
};

// An error carries a code, a sentence for a person (translated) and a detail for the log.
// The detail never contains a secret (OTP, token, cookie, document text).
struct Error
{
    ErrorCode code = ErrorCode::ServerError;
    QString userMessage;
    QString detail;
};

// A value, or an Error. No exceptions cross signal boundaries.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// The result of an operation that produces no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace spdc

Q_DECLARE_METATYPE(spdc::Error)
