/* fault_int: ring 3 raises a software interrupt other than 0x80.  Only the
 * system call gate has DPL 3; any other vector gives #GP, i.e. SIGSEGV,
 * instead of running a kernel handler on the user's behalf. */
#include "ulib.h"

int main(void)
{
	printf("about to execute int $0x81\n");
	__asm__ volatile("int $0x81");
	printf("survived!?\n");
	return 0;
}
