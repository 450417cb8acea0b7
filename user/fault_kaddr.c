/* fault_kaddr: a user program reads kernel memory (0xC0000000).  The page
 * tables mark the kernel half supervisor-only, so the CPU raises a page
 * fault and the kernel must kill just this process with SIGSEGV. */
#include "ulib.h"

int main(void)
{
	printf("about to read kernel memory at 0xC0000000\n");
	printf("read %d\n", *(volatile int *)0xC0000000);
	printf("survived!?\n");
	return 0;
}
