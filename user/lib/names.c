/* Names for errno and signal numbers, so test programs print "EFAULT" or
 * "SIGSEGV" instead of numbers (the same text on Linux and on our kernel).
 * The tables are indexed by the uapi constants, the kernel's own numbers. */
#include "sys.h"

#define N(x) [x] = #x

static const char *const errno_names[] = {
	N(EPERM), N(ENOENT), N(ESRCH), N(EINTR),
	N(EIO), N(ENXIO), N(E2BIG), N(ENOEXEC),
	N(EBADF), N(ECHILD), N(EAGAIN), N(ENOMEM),
	N(EACCES), N(EFAULT), N(ENOTBLK), N(EBUSY),
	N(EEXIST), N(EXDEV), N(ENODEV), N(ENOTDIR),
	N(EISDIR), N(EINVAL), N(ENFILE), N(EMFILE),
	N(ENOTTY), N(ETXTBSY), N(EFBIG), N(ENOSPC),
	N(ESPIPE), N(EROFS), N(EMLINK), N(EPIPE),
	N(EDOM), N(ERANGE), N(EDEADLK), N(ENAMETOOLONG),
	N(ENOLCK), N(ENOSYS), N(ENOTEMPTY), N(ELOOP),
	N(ENOMSG), N(EIDRM), N(ECHRNG), N(EL2NSYNC),
	N(EL3HLT), N(EL3RST), N(ELNRNG), N(EUNATCH),
	N(ENOCSI), N(EL2HLT), N(EBADE), N(EBADR),
	N(EXFULL), N(ENOANO), N(EBADRQC), N(EBADSLT),
	N(EBFONT), N(ENOSTR), N(ENODATA), N(ETIME),
	N(ENOSR), N(ENONET), N(ENOPKG), N(EREMOTE),
	N(ENOLINK), N(EADV), N(ESRMNT), N(ECOMM),
	N(EPROTO), N(EMULTIHOP), N(EDOTDOT), N(EBADMSG),
	N(EOVERFLOW), N(ENOTUNIQ), N(EBADFD), N(EREMCHG),
	N(ELIBACC), N(ELIBBAD), N(ELIBSCN), N(ELIBMAX),
	N(ELIBEXEC), N(EILSEQ), N(ERESTART), N(ESTRPIPE),
	N(EUSERS), N(ENOTSOCK), N(EDESTADDRREQ), N(EMSGSIZE),
	N(EPROTOTYPE), N(ENOPROTOOPT), N(EPROTONOSUPPORT), N(ESOCKTNOSUPPORT),
	N(EOPNOTSUPP), N(EPFNOSUPPORT), N(EAFNOSUPPORT), N(EADDRINUSE),
	N(EADDRNOTAVAIL), N(ENETDOWN), N(ENETUNREACH), N(ENETRESET),
	N(ECONNABORTED), N(ECONNRESET), N(ENOBUFS), N(EISCONN),
	N(ENOTCONN), N(ESHUTDOWN), N(ETOOMANYREFS), N(ETIMEDOUT),
	N(ECONNREFUSED), N(EHOSTDOWN), N(EHOSTUNREACH), N(EALREADY),
	N(EINPROGRESS), N(ESTALE), N(EUCLEAN), N(ENOTNAM),
	N(ENAVAIL), N(EISNAM), N(EREMOTEIO), N(EDQUOT),
	N(ENOMEDIUM), N(EMEDIUMTYPE), N(ECANCELED), N(ENOKEY),
	N(EKEYEXPIRED), N(EKEYREVOKED), N(EKEYREJECTED), N(EOWNERDEAD),
	N(ENOTRECOVERABLE), N(ERFKILL), N(EHWPOISON),
};

static const char *const signal_names[] = {
	N(SIGHUP), N(SIGINT), N(SIGQUIT), N(SIGILL), N(SIGTRAP), N(SIGABRT),
	N(SIGBUS), N(SIGFPE), N(SIGKILL), N(SIGUSR1), N(SIGSEGV), N(SIGUSR2),
	N(SIGPIPE), N(SIGALRM), N(SIGTERM), N(SIGSTKFLT), N(SIGCHLD),
	N(SIGCONT), N(SIGSTOP), N(SIGTSTP), N(SIGTTIN), N(SIGTTOU), N(SIGURG),
	N(SIGXCPU), N(SIGXFSZ), N(SIGVTALRM), N(SIGPROF), N(SIGWINCH),
	N(SIGIO), N(SIGPWR), N(SIGSYS),
};

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Unknown numbers (gaps such as 41, or out of range) still get a unique
 * printable name, "E41" / "SIG40"; the buffer is reused by the next call. */
static const char *lookup(const char *const *tab, int n, int v, const char *pfx)
{
	static char buf[16];

	if (v > 0 && v < n && tab[v])
		return tab[v];
	snprintf(buf, sizeof(buf), "%s%d", pfx, v);
	return buf;
}

const char *errno_name(int e)
{
	return lookup(errno_names, COUNT(errno_names), e, "E");
}

const char *signal_name(int sig)
{
	return lookup(signal_names, COUNT(signal_names), sig, "SIG");
}
