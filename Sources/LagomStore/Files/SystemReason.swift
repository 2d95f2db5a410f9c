import Glibc
import LagomCore

/// Why the system refused a call on a file, in words a person reads: each common errno has a text
/// in the catalogue, followed by its name (ENOSPC) for whoever helps; a rare one is given in the
/// system's own (English) words, with its name. The one place that turns an errno into words: the
/// catalogue tests let no other file call `strerror`.
public enum SystemReason {
    public static func words(_ code: Int32) -> Localized {
        guard let key = key(code) else {
            return Localized(.fileReasonOther, ["system": String(cString: strerror(code)), "errno": name(code)])
        }
        return Localized(.fileReasonNamed, ["reason": Localized(key), "errno": name(code)])
    }

    /// The catalogue's text for `code`, nil for a rare one.
    static func key(_ code: Int32) -> TextKey? {
        switch code {
        case ENOSPC: TextKey.fileReasonNoSpace
        case EDQUOT: TextKey.fileReasonQuota
        case EACCES, EPERM: TextKey.fileReasonNoPermission
        case EROFS: TextKey.fileReasonReadOnlyDisk
        case ENOENT: TextKey.fileReasonNoSuchFile
        case ELOOP: TextKey.fileReasonLink
        case EEXIST: TextKey.fileReasonExists
        case EIO: TextKey.fileReasonDiskFailure
        case ENOTDIR: TextKey.fileReasonNotAFolder
        case EISDIR: TextKey.fileReasonIsAFolder
        case ENAMETOOLONG: TextKey.fileReasonNameTooLong
        case EMFILE, ENFILE: TextKey.fileReasonTooManyOpen
        case EBUSY, ETXTBSY: TextKey.fileReasonBusy
        case ENOTEMPTY: TextKey.fileReasonNotEmpty
        default: nil
        }
    }

    /// "ENOSPC": glibc's name for the errno (`strerrorname_np`, which Swift's Glibc module does not
    /// declare: looked up once), or "errno 28" where there is none.
    public static func name(_ code: Int32) -> String {
        if let errorName, let name = errorName(code) { return String(cString: name) }
        return "errno \(code)"
    }

    private typealias ErrorName = @convention(c) (Int32) -> UnsafePointer<CChar>?
    private static let errorName: ErrorName? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "strerrorname_np") else { return nil }
        return unsafeBitCast(symbol, to: ErrorName.self)
    }()
}
