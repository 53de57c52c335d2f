//! One regression test per defect of issue 8, named after the defect. Each failed on the code
//! before its fix; they run against the real servers like every integration test.

mod bounces;
mod cli;
mod first_use;
mod forwards;
mod idle;
