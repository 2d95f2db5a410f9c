/// The folder a path is in, as `NSString.deletingLastPathComponent` answers it
/// (`/a/b/c` → `/a/b`, `/a` → `/`, `a` → ``, `a/b/` → `a`), without Foundation's NSString.
func parentFolder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    if slash == trimmed.startIndex { return "/" }
    var parent = trimmed[..<slash]
    while parent.count > 1, parent.hasSuffix("/") { parent = parent.dropLast() }
    return String(parent)
}
