/* enosys: makes system calls this kernel does not have, to show how they
 * are answered and counted (kernel/sys_ni.c): acct(2) twice, a number past
 * Linux's table, then an ordinary exit.  Prints what each returned. */
#include "ulib.h"

int main(void)
{
	long r;

	r = __syscall6(51, 0, 0, 0, 0, 0, 0);		/* acct(NULL) */
	printf("enosys: acct: %ld\n", r);
	r = __syscall6(51, 0, 0, 0, 0, 0, 0);
	printf("enosys: acct again: %ld\n", r);
	r = __syscall6(100000, 0, 0, 0, 0, 0, 0);	/* no such number anywhere */
	printf("enosys: syscall 100000: %ld\n", r);
	return 0;
}
