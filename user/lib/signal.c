/* signal(): set a signal's disposition through rt_sigaction(174), the way
 * libc's signal() does.  Used by the tests mostly for SIG_IGN / SIG_DFL
 * (e.g. SIGPIPE while probing EPIPE), but a real handler works on Linux too:
 * the restorer below is what the handler "returns" into. */
#include "sys.h"

/* The i386 layout rt_sigaction reads and writes (Linux's struct sigaction
 * for this ABI): the mask is 64 bits, hence sigsetsize 8. */
struct ksigaction {
	sighandler_t  handler;
	unsigned long flags;
	void        (*restorer)(void);
	__u64         mask;
};

/* Without SA_SIGINFO, Linux i386 builds the old-style signal frame: when
 * the handler returns, %esp points at the signal number, which must be
 * popped before sigreturn(119) finds the saved context.  Giving our own
 * restorer (SA_RESTORER) keeps us independent of the vDSO. */
void __sig_restore(void);
__asm__(".text\n"
	".globl __sig_restore\n"
	".type __sig_restore, @function\n"
	"__sig_restore:\n"
	"\tpopl %eax\n"
	"\tmovl $" "119" ", %eax\n"      /* __NR_sigreturn */
	"\tint $0x80\n"
	".size __sig_restore, . - __sig_restore\n");

/* BSD semantics, like glibc: SA_RESTART, and the handler stays installed.
 * SIG_IGN and SIG_DFL need no restorer but do no harm with one. */
sighandler_t signal(int sig, sighandler_t handler)
{
	struct ksigaction act, old;

	memset(&act, 0, sizeof(act));
	act.handler = handler;
	act.flags = SA_RESTORER | SA_RESTART;
	act.restorer = __sig_restore;
	if (sys_ret(__syscall6(__NR_rt_sigaction, sig, (long)&act, (long)&old,
			       sizeof(act.mask), 0, 0)) < 0)
		return SIG_ERR;
	return old.handler;
}
