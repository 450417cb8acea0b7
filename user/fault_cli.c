/* fault_cli: ring 3 tries to disable interrupts.  With IOPL 0, cli in
 * user mode is a general protection fault (#GP), which the kernel turns
 * into SIGSEGV; if it worked, the scheduler's timer would stop. */
#include "ulib.h"

int main(void)
{
	printf("about to execute cli\n");
	__asm__ volatile("cli");
	printf("survived!?\n");
	return 0;
}
